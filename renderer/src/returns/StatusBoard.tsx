/** Who has sent, when, with how many problems, who is missing and who is late; each member's history. */
import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ReturnStatus } from '../../../shared/api/returnSchemas.ts';
import { call } from '../api/client.ts';
import { showDate } from '../app/dates.ts';
import { useLoad } from '../app/useLoad.ts';
import { common } from '../strings.ts';
import { HistoryDialog } from './HistoryDialog.tsx';
import { showDateTime } from './dates.ts';
import { statusText as text } from './strings.ts';

type Row = ReturnStatus['members'][number];

const stateColors = { received: 'success', refused: 'error', missing: 'default' } as const;

interface Props {
  conferenceId: number;
  onDownloadTemplate: (memberId: number) => void;
}

export function StatusBoard({ conferenceId, onDownloadTemplate }: Props) {
  const board = useLoad(() => call('returns.status', { conferenceId }), `status-${conferenceId}`);
  const [history, setHistory] = useState<Row | null>(null);
  const data = board.data;

  const columns: TableColumnsType<Row> = [
    { title: text.columns.order, key: 'order', width: 56, align: 'center', render: (_, _r, i) => i + 1 },
    { title: text.columns.member, dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: text.columns.state,
      key: 'state',
      width: 230,
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={stateColors[row.state]}>{text.states[row.state]}</Tag>
          {row.state === 'received' && row.problemCount > 0 && <Tag color="error">{text.laterRefused}</Tag>}
          {row.late && (
            <Tag color="warning">{row.state === 'received' ? text.lateReceived : text.overdue}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: text.columns.when,
      dataIndex: 'receivedAt',
      width: 150,
      render: (at: string | null) => (at ? showDateTime(at) : ''),
    },
    { title: text.columns.submissions, dataIndex: 'submissions', width: 96, align: 'right' },
    {
      title: text.columns.problems,
      dataIndex: 'problemCount',
      width: 80,
      align: 'right',
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    {
      title: text.columns.file,
      dataIndex: 'fileName',
      ellipsis: true,
      render: (name: string | null) => name ?? '',
    },
    {
      title: common.actions,
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_, row) => (
        <Space size={4}>
          <Tooltip title={text.downloadOneFor(row.name)}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              aria-label={text.downloadOneFor(row.name)}
              onClick={() => onDownloadTemplate(row.memberId)}
            />
          </Tooltip>
          <Tooltip title={text.historyTitle(row.name)}>
            <Button
              size="small"
              icon={<HistoryOutlined />}
              aria-label={text.historyTitle(row.name)}
              disabled={row.submissions === 0}
              onClick={() => setHistory(row)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const waiting = data?.members.filter((m) => m.state !== 'received') ?? [];
  return (
    <Flex vertical gap={8}>
      <Flex align="baseline" gap={16} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        {data && (
          <>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="returns-received-count">
              {text.received(data.received, data.members.length)}
            </Typography.Text>
            <Typography.Text type="secondary">
              {data.deadline ? text.deadline(showDate(data.deadline)) : text.noDeadline}
            </Typography.Text>
            {data.late > 0 && <Typography.Text type="warning">{text.late(data.late)}</Typography.Text>}
          </>
        )}
      </Flex>
      {board.error && <Alert type="error" showIcon title={board.error} />}
      {waiting.length > 0 && (
        <Typography.Text>{text.missing(waiting.map((m) => m.name).join(', '))}</Typography.Text>
      )}
      <div data-testid="returns-status">
        <Table<Row>
          rowKey="memberId"
          size="small"
          bordered
          loading={board.loading}
          columns={columns}
          dataSource={data?.members ?? []}
          pagination={false}
        />
      </div>
      {history && (
        <HistoryDialog conferenceId={conferenceId} member={history} onClose={() => setHistory(null)} />
      )}
    </Flex>
  );
}
