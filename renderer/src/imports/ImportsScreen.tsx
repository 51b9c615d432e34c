/**
 * "Nhập danh sách": the clerk drops the provinces' delegate or award lists, checks each file's preview (columns,
 * problems on their cells, entries already there), imports it as one batch, and can undo a batch later.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useRef, useState, type DragEvent } from 'react';
import type { ImportKind } from '../../../shared/api/methods/imports.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { BatchList } from './BatchList.tsx';
import { FilePreview } from './FilePreview.tsx';
import { importsText as text } from './strings.ts';
import { useImportFiles } from './useImportFiles.ts';

export function ImportsScreen({ conference }: { conference: Conference }) {
  const feedback = useFeedback();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('delegates');
  const [over, setOver] = useState(false);
  const members = useLoad(
    () => call('members.list', { clusterId: conference.clusterId }),
    `m${conference.clusterId}`,
  );
  const batches = useLoad(
    () => call('imports.batches', { conferenceId: conference.id }),
    `b${conference.id}`,
  );
  const files = useImportFiles(conference.id, batches.reload);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    files.addFiles([...event.dataTransfer.files], kind);
  };

  const undo = async (batchId: number) => {
    try {
      const { removed, restored } = await call('imports.undo', { batchId });
      feedback.saved(text.undoDone(removed, restored));
    } catch (error) {
      feedback.showError(error);
    }
    batches.reload();
  };

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Typography.Text type="secondary">{text.intro}</Typography.Text>
      </Flex>
      <Segmented<ImportKind>
        value={kind}
        onChange={setKind}
        options={[
          { value: 'delegates', label: text.kinds.delegates },
          { value: 'awards', label: text.kinds.awards },
        ]}
      />
      <div
        role="button"
        tabIndex={0}
        aria-label={text.dropTitle}
        data-testid="imports-drop-zone"
        onClick={() => input.current?.click()}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
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
        <div style={{ fontSize: 15, fontWeight: 600, marginTop: 4 }}>
          {text.dropTitle} — {text.kinds[kind].toLowerCase()}
        </div>
        <Typography.Text type="secondary">{text.dropHint}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Button tabIndex={-1} aria-hidden>
            {text.pick}
          </Button>
        </div>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx,.xls,.xlsm,.csv"
          aria-label={text.inputLabel}
          style={{ display: 'none' }}
          onChange={(e) => {
            const picked = [...(e.target.files ?? [])];
            e.target.value = '';
            files.addFiles(picked, kind);
          }}
        />
      </div>
      {files.files.map((entry) => (
        <FilePreview
          key={entry.key}
          entry={entry}
          members={members.data ?? []}
          onAdjust={(change) => files.adjust(entry.key, change)}
          onDecide={(row, action) => files.decide(entry.key, row, action)}
          onCommit={() => void files.commit(entry.key)}
          onDiscard={() => files.discard(entry.key)}
        />
      ))}
      <BatchList
        batches={batches.data ?? []}
        loading={batches.loading}
        error={batches.error}
        onUndo={(batch) => void undo(batch.id)}
      />
    </Flex>
  );
}
