/** Clusters (pick one to work on, create, rename, delete with undo) and the chosen cluster's members. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Cluster } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { useClusters } from '../app/clusterContext.tsx';
import { useFeedback } from '../app/feedback.tsx';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { clusters as text, common, members } from '../strings.ts';
import { ClusterForm } from './ClusterForm.tsx';
import { MembersTable } from './MembersTable.tsx';

type Editing = Cluster | null | undefined;

export function ClustersScreen() {
  const { clusters, current, select, reload, loading, error } = useClusters();
  const feedback = useFeedback();
  const [editing, setEditing] = useState<Editing>(undefined);
  // Without a cluster, Alt+N creates one; otherwise the members table owns the shortcut.
  useNewShortcut(() => setEditing(null), current === undefined && editing === undefined);

  const remove = async (cluster: Cluster) => {
    try {
      await call('clusters.delete', { id: cluster.id });
      reload();
      feedback.offerUndo(text.deleted(cluster.name), async () => {
        await call('clusters.restore', { id: cluster.id });
        reload();
      });
    } catch (err) {
      feedback.showError(err);
    }
  };

  const columns: TableColumnsType<Cluster> = [
    { title: text.columns.name, dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { title: text.columns.shortName, dataIndex: 'shortName', width: 260 },
    { title: text.columns.members, dataIndex: 'memberCount', width: 120, align: 'right' },
    {
      title: common.actions,
      key: 'actions',
      width: 96,
      align: 'center',
      render: (_, cluster) => (
        // Buttons must not also select the row.
        <Space size={4} onClick={(e) => e.stopPropagation()}>
          <Tooltip title={common.edit}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`${common.edit}: ${cluster.name}`}
              onClick={() => setEditing(cluster)}
            />
          </Tooltip>
          <Popconfirm
            title={text.deleteConfirm}
            okText={common.confirmDelete}
            cancelText={common.keepIt}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(cluster)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${common.delete}: ${cluster.name}`}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={<Typography.Text strong>{text.title}</Typography.Text>}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {text.add}
          </Button>
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
        <Table<Cluster>
          rowKey="id"
          size="small"
          bordered
          loading={loading}
          columns={columns}
          dataSource={clusters}
          pagination={false}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: current ? [current.id] : [],
            onChange: (keys) => select(Number(keys[0])),
          }}
          onRow={(cluster) => ({ onClick: () => select(cluster.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.empty} /> }}
        />
      </Card>
      {current ? (
        <MembersTable cluster={current} onChanged={reload} />
      ) : (
        clusters.length > 0 && <Alert type="info" showIcon title={members.pickCluster} />
      )}
      {editing !== undefined && (
        <ClusterForm
          cluster={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            feedback.saved(editing ? common.saved : text.created);
            setEditing(undefined);
            select(saved.id);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
