/**
 * Spreadsheet-like cells for the agenda table: type, then Enter or leave the cell to save; Esc puts the old
 * value back. Each cell is keyed by its saved value, so a reload after saving shows the server's version.
 */
import { AutoComplete, Input, InputNumber } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { matches } from '../app/search.ts';

interface TextProps {
  value: string;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  onCommit: (value: string) => void;
}

const finishOnKeys = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>, original: string) => {
  if (event.key === 'Escape') {
    event.currentTarget.value = original;
    event.currentTarget.blur();
  } else if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    event.currentTarget.blur();
  }
};

export function TextCell({ value, label, multiline, placeholder, onCommit }: TextProps) {
  const commit = (next: string) => {
    if (next.trim() !== value) onCommit(next);
  };
  return multiline ? (
    <Input.TextArea
      key={value}
      aria-label={label}
      defaultValue={value}
      placeholder={placeholder}
      variant="borderless"
      autoSize
      style={{ padding: '2px 4px' }}
      onKeyDown={(e) => finishOnKeys(e, value)}
      onBlur={(e) => commit(e.target.value)}
    />
  ) : (
    <Input
      key={value}
      aria-label={label}
      defaultValue={value}
      placeholder={placeholder}
      variant="borderless"
      onKeyDown={(e) => finishOnKeys(e, value)}
      onBlur={(e) => commit(e.target.value)}
    />
  );
}

export function MinutesCell({
  value,
  label,
  onCommit,
}: {
  value: number;
  label: string;
  onCommit: (n: number) => void;
}) {
  return (
    <InputNumber
      key={value}
      aria-label={label}
      defaultValue={value}
      min={0}
      max={1440}
      controls={false}
      variant="borderless"
      style={{ width: '100%' }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
      onBlur={(e) => {
        const next = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isInteger(next) && next !== value) onCommit(next);
      }}
    />
  );
}

export interface PresenterOption {
  id: number;
  label: string;
}

export interface Presenter {
  presenterDelegateId: number | null;
  presenterText: string;
}

/** A delegate of the conference (picked from the list) or free text such as "Đại diện các tỉnh". */
export function PresenterCell(props: {
  value: Presenter & { label: string };
  label: string;
  options: PresenterOption[];
  placeholder: string;
  onCommit: (presenter: Presenter) => void;
}) {
  const { value, options, onCommit } = props;
  const [text, setText] = useState(value.label);
  const [prev, setPrev] = useState(value.label);
  // What was last sent, so picking an option and then leaving the cell saves once.
  const [sent, setSent] = useState(value.label);
  if (prev !== value.label) {
    // A reload brought another saved value: show it.
    setPrev(value.label);
    setText(value.label);
    setSent(value.label);
  }
  const commit = (next: string) => {
    if (next === sent) return;
    setSent(next);
    const chosen = options.find((o) => o.label === next);
    const presenter: Presenter = chosen
      ? { presenterDelegateId: chosen.id, presenterText: '' }
      : { presenterDelegateId: null, presenterText: next.trim() };
    if (
      presenter.presenterDelegateId !== value.presenterDelegateId ||
      (presenter.presenterDelegateId === null && presenter.presenterText !== value.presenterText)
    )
      onCommit(presenter);
  };
  return (
    <AutoComplete
      value={text}
      style={{ width: '100%' }}
      popupMatchSelectWidth={420}
      options={options.map((o) => ({ value: o.label, label: o.label }))}
      filterOption={(input, option) => matches(input, option?.value)}
      onChange={setText}
      onSelect={(next: string) => {
        setText(next);
        commit(next);
      }}
      onBlur={() => commit(text)}
    >
      {/* A text area so the title chain after the name wraps instead of being cut off. */}
      <Input.TextArea
        aria-label={props.label}
        placeholder={props.placeholder}
        autoSize
        variant="borderless"
        style={{ padding: '2px 4px' }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText(value.label);
          // Enter picks an option when the list is open; otherwise it saves, like the other cells.
          if (e.key === 'Enter' && e.currentTarget.getAttribute('aria-expanded') !== 'true') {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
    </AutoComplete>
  );
}
