/**
 * The editor inside one award cell: a text box or a searchable choice. Enter commits, Escape cancels, Tab
 * commits and moves on; a choice commits when picked. The grid decides what happens next (`onDone`).
 */
import { Input, Select } from 'antd';
import type { InputRef, RefSelectProps } from 'antd';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { filterByLabel } from '../app/search.ts';
import type { Choice } from './gridColumns.ts';

/** How editing ended: the new value (null = cancelled) and where the active cell goes. */
export type EditEnd = { value: string | null; move: 'stay' | 'next' | 'previous' };

interface TextProps {
  label: string;
  value: string;
  /** The key that opened the editor, typed over the old value. */
  typed: string | null;
  onDone: (end: EditEnd) => void;
}

function useOnce(onDone: (end: EditEnd) => void) {
  // Enter unmounts the editor, which may still blur it: only the first ending counts.
  const done = useRef(false);
  return (end: EditEnd) => {
    if (done.current) return;
    done.current = true;
    onDone(end);
  };
}

const tabMove = (event: KeyboardEvent) => (event.shiftKey ? 'previous' : 'next');

export function TextEditor({ label, value, typed, onDone }: TextProps) {
  const ref = useRef<InputRef>(null);
  const end = useOnce(onDone);
  // Before the next key arrives: a fast typist's second letter must land in the box.
  useLayoutEffect(() => {
    const input = ref.current?.input;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const current = event.currentTarget.value;
    if (event.key === 'Enter') end({ value: current, move: 'stay' });
    else if (event.key === 'Escape') end({ value: null, move: 'stay' });
    else if (event.key === 'Tab') end({ value: current, move: tabMove(event) });
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <Input
      ref={ref}
      size="small"
      aria-label={label}
      defaultValue={typed ?? value}
      onKeyDown={onKeyDown}
      onBlur={(event) => end({ value: event.currentTarget.value, move: 'stay' })}
    />
  );
}

interface ChoiceProps {
  label: string;
  value: string;
  typed: string | null;
  choices: Choice[];
  /** The dropdown's width when the labels are long (the catalogue's form names). */
  popupWidth?: number;
  onDone: (end: EditEnd) => void;
}

export function ChoiceEditor({ label, value, typed, choices, popupWidth, onDone }: ChoiceProps) {
  const end = useOnce(onDone);
  const [search, setSearch] = useState(typed ?? '');
  const ref = useRef<RefSelectProps>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    // Escape closes the whole editor, not just the dropdown; Tab leaves the choice as it was.
    if (event.key === 'Escape') end({ value: null, move: 'stay' });
    else if (event.key === 'Tab') end({ value: null, move: tabMove(event) });
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <Select<string>
      ref={ref}
      size="small"
      defaultOpen
      aria-label={label}
      style={{ width: '100%' }}
      popupMatchSelectWidth={popupWidth ?? true}
      value={value}
      options={choices}
      showSearch={{ searchValue: search, onSearch: setSearch, filterOption: filterByLabel }}
      onSelect={(picked) => end({ value: picked, move: 'stay' })}
      onInputKeyDown={onKeyDown}
      onBlur={() => end({ value: null, move: 'stay' })}
    />
  );
}
