/**
 * Đăng ký phát biểu: those who asked to speak, first asked first, with accept / refuse. Accepted speakers join
 * the speaking list; a refusal is kept (with its time) so the minutes can say who asked.
 */
import { CheckOutlined, CloseOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { registrationLabels, speechKindLabels } from '../../../shared/api/schemas/speeches.ts';
import { SpeakerCell } from './SpeechesTable.tsx';
import { speechesText as text } from './strings.ts';

type Registration = Speech['registration'];

const tagColor: Record<Registration, string> = {
  du_kien: 'default',
  dang_ky: 'gold',
  chap_nhan: 'green',
  tu_choi: 'red',
};

/** "08:42 01/8" from the stored ISO timestamp (UTC), in the clerk's local time. */
function requestedAt(iso: string | null): string {
  if (!iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(when.getHours())}:${pad(when.getMinutes())} ${pad(when.getDate())}/${when.getMonth() + 1}`;
}

interface Props {
  rows: Speech[];
  loading: boolean;
  busy: boolean;
  onDecide: (speech: Speech, registration: Registration) => void;
  onEdit: (speech: Speech) => void;
}

export function RegistrationList({ rows, loading, busy, onDecide, onEdit }: Props) {
  const columns: TableColumnsType<Speech> = [
    { title: text.columns.order, key: 'order', width: 48, align: 'center', render: (_, _s, i) => i + 1 },
    { title: text.columns.speaker, key: 'speaker', width: 320, render: (_, s) => <SpeakerCell speech={s} /> },
    {
      title: text.columns.title,
      key: 'title',
      render: (_, s) => (
        <div>
          <div>{s.title}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {speechKindLabels[s.kind]}
            {s.plannedMinutes !== null && ` · ${text.minutes(s.plannedMinutes)}`}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: text.columns.requestedAt,
      key: 'requestedAt',
      width: 110,
      render: (_, s) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{requestedAt(s.requestedAt)}</span>
      ),
    },
    {
      title: text.columns.registration,
      key: 'registration',
      width: 170,
      render: (_, s) => <Tag color={tagColor[s.registration]}>{registrationLabels[s.registration]}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      width: 270,
      render: (_, s) => (
        <Space size={4}>
          {s.registration !== 'chap_nhan' && (
            <Button
              size="small"
              type="primary"
              icon={<CheckOutlined />}
              disabled={busy}
              aria-label={`${text.accept}: ${s.speakerLabel}`}
              onClick={() => onDecide(s, 'chap_nhan')}
            >
              {text.accept}
            </Button>
          )}
          {s.registration !== 'tu_choi' && (
            <Button
              size="small"
              danger
              icon={<CloseOutlined />}
              disabled={busy}
              aria-label={`${text.refuse}: ${s.speakerLabel}`}
              onClick={() => onDecide(s, 'tu_choi')}
            >
              {text.refuse}
            </Button>
          )}
          {s.registration !== 'dang_ky' && (
            <Button
              size="small"
              type="text"
              icon={<RollbackOutlined />}
              disabled={busy}
              title={text.backToWaiting}
              aria-label={`${text.backToWaiting}: ${s.speakerLabel}`}
              onClick={() => onDecide(s, 'dang_ky')}
            />
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Speech>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      locale={{ emptyText: text.emptyRegistrations }}
      onRow={(s) => ({ onDoubleClick: () => onEdit(s) })}
    />
  );
}
