/** The backups beside the database: take one now, or restore one (one confirmation; the app then reloads its data). */
import { CloudUploadOutlined, HistoryOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Backup } from '../../../shared/api/methods/backups.ts';
import { call, errorMessage } from '../api/client.ts';
import { useLoad } from '../app/useLoad.ts';
import { backupsText as text } from './strings.ts';

export const backupTime = (iso: string) => dayjs(iso).format('DD/M/YYYY HH:mm:ss');

export function BackupsPanel({ revision, onRestored }: { revision: number; onRestored: () => void }) {
  const { message } = App.useApp();
  const { data, loading, error, reload } = useLoad(() => call('backups.list', {}), `backups-${revision}`);
  const [busy, setBusy] = useState<string | null>(null);

  const backUp = async () => {
    setBusy('create');
    try {
      await call('backups.create', {});
      void message.success(text.backedUp);
      reload();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: Backup) => {
    setBusy(backup.name);
    try {
      await call('backups.restore', { name: backup.name });
      void message.success(text.restored(backupTime(backup.createdAt)));
      onRestored();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={text.backupsTitle}
      extra={
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={busy === 'create'}
          onClick={() => void backUp()}
        >
          {text.backupNow}
        </Button>
      }
    >
      <Flex vertical gap={8}>
        {data && (
          <Typography.Text type="secondary">{text.backupsHint(data.keep, data.folder)}</Typography.Text>
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        <Table<Backup>
          data-testid="backups-table"
          rowKey="name"
          size="small"
          loading={loading}
          dataSource={data?.backups ?? []}
          pagination={false}
          locale={{ emptyText: text.empty }}
          columns={[
            { title: text.columns.time, dataIndex: 'createdAt', render: (iso: string) => backupTime(iso) },
            { title: text.columns.reason, render: (_, b) => text.reason(b.reason, b.detail) },
            {
              title: text.columns.size,
              dataIndex: 'size',
              align: 'right',
              render: (n: number) => text.size(n),
            },
            {
              title: '',
              align: 'right',
              render: (_, backup) => (
                <Popconfirm
                  title={text.restoreConfirm}
                  description={<div style={{ maxWidth: 360 }}>{text.restoreConfirmHint}</div>}
                  okText={text.restoreOk}
                  cancelText={text.restoreCancel}
                  onConfirm={() => restore(backup)}
                >
                  <Button
                    icon={<HistoryOutlined />}
                    loading={busy === backup.name}
                    aria-label={`${text.restore}: ${backupTime(backup.createdAt)}`}
                  >
                    {text.restore}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
