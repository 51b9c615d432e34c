/** One dropped file: its progress, its refusal, or its preview with the member, the counts and "Nhập". */
import { CheckCircleFilled, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Select, Space, Spin, Tag, Typography } from 'antd';
import type { ImportAction, ImportMapping } from '../../../shared/api/methods/imports.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { importsText as text } from './strings.ts';
import type { FileEntry } from './useImportFiles.ts';

interface Props {
  entry: FileEntry;
  members: Member[];
  onAdjust: (change: { mapping?: ImportMapping; memberUnitId?: number | null }) => void;
  onDecide: (row: number, action: ImportAction) => void;
  onCommit: () => void;
  onDiscard: () => void;
}

/** Counts as the clerk's choices stand, not as proposed. */
function chosenCounts(entry: FileEntry) {
  const counts = { add: 0, update: 0, skip: 0 };
  for (const row of entry.preview?.rows ?? []) counts[entry.decisions[row.row] ?? row.proposed] += 1;
  return counts;
}

export function FilePreview({ entry, members, onAdjust, onDecide, onCommit, onDiscard }: Props) {
  const { preview, stage } = entry;
  const busy = stage === 'checking' || stage === 'committing';
  const counts = chosenCounts(entry);

  const remap = (column: string, field: string) => {
    if (!preview) return;
    const mapping: ImportMapping = {};
    for (const c of preview.columns) mapping[c.column] = c.field === field && field ? '' : (c.field ?? '');
    mapping[column] = field;
    onAdjust({ mapping });
  };

  const title = (
    <Space>
      <span>{entry.name}</span>
      <Tag>{text.kinds[entry.kind]}</Tag>
    </Space>
  );
  const discard = stage !== 'committing' && (
    <Button size="small" type="text" icon={<CloseOutlined />} onClick={onDiscard}>
      {stage === 'done' ? text.closeFile : text.discard}
    </Button>
  );

  return (
    <Card size="small" title={title} extra={discard} data-testid="import-file">
      {stage === 'reading' && (
        <div aria-live="polite">
          <Typography.Text>{text.reading(entry.percent)}</Typography.Text>
          <Progress percent={entry.percent} size="small" />
        </div>
      )}
      {stage === 'checking' && !preview && (
        <Spin description={text.checking}>{<div style={{ height: 48 }} />}</Spin>
      )}
      {stage === 'failed' && <Alert type="error" showIcon title={entry.error} />}
      {stage === 'done' && entry.batch && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleFilled />}
          title={text.imported(entry.name, entry.batch.added, entry.batch.updated, entry.batch.skipped)}
        />
      )}
      {preview && stage !== 'done' && stage !== 'failed' && (
        <Spin
          spinning={busy}
          description={stage === 'committing' ? text.committing(counts.add + counts.update) : text.checking}
        >
          <Flex vertical gap={10}>
            <Flex wrap gap={16} align="center">
              <Space>
                <Typography.Text strong>{text.member}:</Typography.Text>
                <Select
                  aria-label={text.member}
                  style={{ width: 220 }}
                  placeholder={text.memberPlaceholder}
                  value={preview.memberUnitId ?? (entry.memberUnitId === null ? 0 : undefined)}
                  disabled={busy}
                  onChange={(id: number) => onAdjust({ memberUnitId: id === 0 ? null : id })}
                  options={[
                    ...members.map((m) => ({ value: m.id, label: m.shortName })),
                    { value: 0, label: text.noMember },
                  ]}
                />
              </Space>
              <Typography.Text type="secondary">
                {text.sheetInfo(preview.sheet, preview.headerRow)}
              </Typography.Text>
              <Typography.Text type="secondary">{text.mappingSource[preview.mappingSource]}</Typography.Text>
              {preview.encoding !== 'unicode' && <Tag color="blue">{text.encoding(preview.encoding)}</Tag>}
            </Flex>
            {entry.error && (
              <Alert
                type="error"
                showIcon
                title={entry.error}
                description={entry.errorDetails.length > 1 ? entry.errorDetails.join(' ') : undefined}
              />
            )}
            <PreviewTable
              preview={preview}
              decisions={entry.decisions}
              busy={busy}
              onMap={remap}
              onDecide={onDecide}
            />
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space size="large">
                <Typography.Text strong data-testid="import-counts">
                  {text.counts(counts.add, counts.update, counts.skip)}
                </Typography.Text>
                {preview.problems.length > 0 && (
                  <Typography.Text type="danger">{text.problems(preview.problems.length)}</Typography.Text>
                )}
              </Space>
              <Button type="primary" onClick={onCommit} disabled={busy || counts.add + counts.update === 0}>
                {text.commit}
              </Button>
            </Flex>
          </Flex>
        </Spin>
      )}
    </Card>
  );
}
