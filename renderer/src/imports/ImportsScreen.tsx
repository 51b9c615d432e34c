/**
 * "Nhập danh sách": the clerk drops the provinces' delegate or award lists, checks each file's preview (columns,
 * problems on their cells, entries already there), imports it as one batch, and can undo a batch later.
 */
import { Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import type { ImportKind } from '../../../shared/api/methods/imports.ts';
import type { Conference } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { FileDropZone } from '../app/FileDropZone.tsx';
import { useLoad } from '../app/useLoad.ts';
import { BatchList } from './BatchList.tsx';
import { FilePreview } from './FilePreview.tsx';
import { importsText as text } from './strings.ts';
import { useImportFiles } from './useImportFiles.ts';

export function ImportsScreen({ conference }: { conference: Conference }) {
  const feedback = useFeedback();
  const [kind, setKind] = useState<ImportKind>('delegates');
  const members = useLoad(
    () => call('members.list', { clusterId: conference.clusterId }),
    `m${conference.clusterId}`,
  );
  const batches = useLoad(
    () => call('imports.batches', { conferenceId: conference.id }),
    `b${conference.id}`,
  );
  const files = useImportFiles(conference.id, batches.reload);

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
      <FileDropZone
        label={text.dropTitle}
        title={`${text.dropTitle} — ${text.kinds[kind].toLowerCase()}`}
        hint={text.dropHint}
        pickLabel={text.pick}
        inputLabel={text.inputLabel}
        accept=".xlsx,.xls,.xlsm,.csv"
        testId="imports-drop-zone"
        onFiles={(picked) => files.addFiles(picked, kind)}
      />
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
