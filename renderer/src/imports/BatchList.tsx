/** The conference's import batches, newest first, each undoable once. */
import { UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ImportBatch } from '../../../shared/api/methods/imports.ts';
import { common } from '../strings.ts';
import { importsText as text } from './strings.ts';

interface Props {
  batches: ImportBatch[];
  loading: boolean;
  error: string | null;
  onUndo: (batch: ImportBatch) => void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });

export function BatchList({ batches, loading, error, onUndo }: Props) {
  const columns: TableColumnsType<ImportBatch> = [
    { title: text.batchTime, dataIndex: 'createdAt', width: 150, render: when },
    { title: text.batchFile, dataIndex: 'fileName' },
    {
      title: text.batchKind,
      dataIndex: 'kind',
      width: 170,
      render: (kind: ImportBatch['kind']) => text.kinds[kind],
    },
    {
      title: text.batchOwner,
      key: 'owner',
      width: 140,
      render: (_: unknown, b: ImportBatch) => b.memberName ?? b.delegationLabel,
    },
    {
      title: text.batchCounts,
      key: 'counts',
      width: 230,
      render: (_: unknown, b: ImportBatch) => text.batchCountsText(b.added, b.updated, b.skipped),
    },
    {
      title: common.actions,
      key: 'undo',
      width: 210,
      render: (_: unknown, b: ImportBatch) =>
        b.undoneAt ? (
          <Tag>{`${text.undone} ${when(b.undoneAt)}`}</Tag>
        ) : (
          <Popconfirm
            title={text.undoConfirm(b.added, b.updated)}
            okText={text.undo}
            cancelText={common.keepIt}
            onConfirm={() => onUndo(b)}
          >
            <Button size="small" icon={<UndoOutlined />}>
              {text.undo}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Card size="small" title={text.batchesTitle} data-testid="import-batches">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        loading={loading}
        columns={columns}
        dataSource={batches}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{text.batchesEmpty}</Typography.Text> }}
      />
    </Card>
  );
}
