/** The conferences of the current cluster: search, create, edit, delete with undo. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Input, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Conference } from '../../../shared/api/schemas.ts';
import { conferenceKindLabels } from '../../../shared/labels.ts';
import { call } from '../api/client.ts';
import { useClusters } from '../app/clusterContext.tsx';
import { showDate } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { matches } from '../app/search.ts';
import { useConferences } from '../app/conferenceContext.tsx';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { common, conferences as text } from '../strings.ts';
import { ConferenceForm } from './ConferenceForm.tsx';

/** undefined = form closed, null = a new conference. */
type Editing = Conference | null | undefined;

export function ConferencesScreen({ onOpenClusters }: { onOpenClusters: () => void }) {
  const { current: cluster, loading: clustersLoading, error: clustersError } = useClusters();
  const feedback = useFeedback();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(undefined);
  // The same list the header's conference picker shows, so both change together.
  const list = useConferences();
  useNewShortcut(() => setEditing(null), cluster !== undefined && editing === undefined);

  if (!cluster) {
    if (clustersLoading) return null;
    if (clustersError) return <Alert type="error" showIcon title={clustersError} />;
    return (
      <Empty description={text.needCluster}>
        <Button type="primary" onClick={onOpenClusters}>
          {text.goToClusters}
        </Button>
      </Empty>
    );
  }

  const remove = async (conference: Conference) => {
    try {
      await call('conferences.delete', { id: conference.id });
      list.reload();
      feedback.offerUndo(text.deleted(conference.title), async () => {
        await call('conferences.restore', { id: conference.id });
        list.reload();
      });
    } catch (error) {
      feedback.showError(error);
    }
  };

  const rows = list.conferences.filter((c) =>
    matches(
      query,
      c.title,
      c.venue,
      c.hostMemberName,
      c.period,
      c.organizingBody,
      conferenceKindLabels[c.kind],
    ),
  );

  const columns: TableColumnsType<Conference> = [
    { title: text.columns.title, dataIndex: 'title', render: (title: string) => <strong>{title}</strong> },
    {
      title: text.columns.kind,
      dataIndex: 'kind',
      width: 150,
      render: (kind: Conference['kind']) => conferenceKindLabels[kind],
    },
    {
      title: text.columns.when,
      key: 'when',
      width: 140,
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>{text.when(showDate(c.date), c.startTime)}</span>
      ),
    },
    { title: text.columns.venue, dataIndex: 'venue', width: 180 },
    { title: text.columns.host, dataIndex: 'hostMemberName', width: 200 },
    {
      title: common.actions,
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_, c) => (
        <Space size={4}>
          <Tooltip title={common.edit}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={common.edit}
              onClick={() => setEditing(c)}
            />
          </Tooltip>
          <Popconfirm
            title={text.deleteConfirm}
            okText={common.confirmDelete}
            cancelText={common.keepIt}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(c)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={common.delete} />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {text.title}
        </Typography.Title>
        <Space>
          <Input.Search
            allowClear
            aria-label={common.search}
            placeholder={text.searchPlaceholder}
            style={{ width: 340 }}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <Tooltip title={common.newShortcut}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {text.add}
            </Button>
          </Tooltip>
        </Space>
      </Flex>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Table<Conference>
        rowKey="id"
        size="small"
        bordered
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={(c) => ({ onDoubleClick: () => setEditing(c) })}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query ? text.noMatch : text.empty} />
          ),
        }}
      />
      {editing !== undefined && (
        <ConferenceForm
          cluster={cluster}
          conference={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            feedback.saved(editing ? text.updated : text.created);
            setEditing(undefined);
            // A conference just created is the one the clerk goes on to fill in, so it becomes the current one.
            if (!editing) list.select(saved.id);
            list.reload();
          }}
        />
      )}
    </Flex>
  );
}
