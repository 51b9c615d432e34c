/**
 * The dashed zone where the clerk drops spreadsheets or clicks (or presses Enter) to pick them; used wherever
 * files come in, so every such place looks and behaves the same.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';

interface Props {
  /** What the zone is for; also its accessible name. */
  label: string;
  /** The zone's heading, when it says more than the label. */
  title?: ReactNode;
  hint: string;
  pickLabel: string;
  /** The accessible name of the hidden file input. */
  inputLabel: string;
  /** File name endings the picker offers, e.g. ".xlsx,.xls". */
  accept: string;
  testId: string;
  onFiles: (files: File[]) => void;
}

export function FileDropZone({ label, title, hint, pickLabel, inputLabel, accept, testId, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      role="button"
      tabIndex={0}
      aria-label={label}
      data-testid={testId}
      onClick={() => input.current?.click()}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
      style={{
        border: `2px dashed ${over ? '#1f5fa8' : '#b8c4d6'}`,
        background: over ? '#eef4fb' : '#fafbfc',
        borderRadius: 6,
        padding: '16px',
        textAlign: 'center',
        cursor: 'pointer',
      }}
    >
      <InboxOutlined style={{ fontSize: 30, color: '#1f5fa8' }} />
      <div style={{ fontSize: 15, fontWeight: 600, marginTop: 4 }}>{title ?? label}</div>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <Button tabIndex={-1} aria-hidden>
          {pickLabel}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept={accept}
        aria-label={inputLabel}
        style={{ display: 'none' }}
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          // Cleared so picking the same file again still fires a change.
          e.target.value = '';
          onFiles(picked);
        }}
      />
    </div>
  );
}
