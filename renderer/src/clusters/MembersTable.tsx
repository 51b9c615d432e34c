/** The members of one cluster in the cluster's fixed order: add, edit, reorder, delete with undo. */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Empty, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Cluster, Member } from '../../../shared/api/schemas.ts';
import { call } from '../api/client.ts';
import { showDate } from '../app/dates.ts';
import { useFeedback } from '../app/feedback.tsx';
import { useLoad } from '../app/useLoad.ts';
import { useNewShortcut } from '../app/useNewShortcut.ts';
import { common, members as text } from '../strings.ts';
import { MemberForm } from './MemberForm.tsx';

type Editing = Member | null | undefined;

export function MembersTable({ cluster, onChanged }: { cluster: Cluster; onChanged: () => void }) {
  const feedback = useFeedback();
  const [editing, setEditing] = useState<Editing>(undefined);
  const [moving, setMoving] = useState(false);
  const list = useLoad(() => call('members.list', { clusterId: cluster.id }), `members-${cluster.id}`);
  const rows = list.data ?? [];
  useNewShortcut(() => setEditing(null), editing === undefined);

  const changed = () => {
    list.reload();
    onChanged();
  };

  const move = async (member: Member, position: number) => {
    setMoving(true);
    try {
      await call('members.move', { id: member.id, position });
      list.reload();
    } catch (error) {
      feedback.showError(error);
    } finally {
      setMoving(false);
    }
  };

  const remove = async (member: Member) => {
    try {
      await call('members.delete', { id: member.id });
      changed();
      feedback.offerUndo(text.deleted(member.shortName), async () => {
        await call('members.restore', { id: member.id });
        changed();
      });
    } catch (error) {
      feedback.showError(error);
    }
  };

  const columns: TableColumnsType<Member> = [
    {
      title: text.columns.order,
      key: 'order',
      width: 56,
      align: 'center',
      render: (_, _m, index) => index + 1,
    },
    { title: text.columns.code, dataIndex: 'code', width: 90 },
    { title: text.columns.shortName, dataIndex: 'shortName', width: 170 },
    { title: text.columns.officialName, dataIndex: 'officialName' },
    { title: text.columns.validFrom, dataIndex: 'validFrom', width: 120, render: showDate },
    { title: text.columns.validTo, dataIndex: 'validTo', width: 120, render: showDate },
    {
      title: common.actions,
      key: 'actions',
      width: 150,
      align: 'center',
      render: (_, member, index) => (
        <Space size={4}>
          <Tooltip title={text.moveUp}>
            <Button
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={`${text.moveUp}: ${member.shortName}`}
              disabled={index === 0 || moving}
              onClick={() => void move(member, index - 1)}
            />
          </Tooltip>
          <Tooltip title={text.moveDown}>
            <Button
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={`${text.moveDown}: ${member.shortName}`}
              disabled={index === rows.length - 1 || moving}
              onClick={() => void move(member, index + 1)}
            />
          </Tooltip>
          <Tooltip title={common.edit}>
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`${common.edit}: ${member.shortName}`}
              onClick={() => setEditing(member)}
            />
          </Tooltip>
          <Popconfirm
            title={text.deleteConfirm}
            okText={common.confirmDelete}
            cancelText={common.keepIt}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(member)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${common.delete}: ${member.shortName}`}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={text.title(cluster.name)}
      extra={
        <Tooltip title={common.newShortcut}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {text.add}
          </Button>
        </Tooltip>
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 8 }} />}
      <Table<Member>
        rowKey="id"
        size="small"
        bordered
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        onRow={(member) => ({ onDoubleClick: () => setEditing(member) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.empty} /> }}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {text.orderHint}
      </Typography.Text>
      {editing !== undefined && (
        <MemberForm
          cluster={cluster}
          member={editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            feedback.saved(editing ? common.saved : text.created);
            setEditing(undefined);
            changed();
          }}
        />
      )}
    </Card>
  );
}
