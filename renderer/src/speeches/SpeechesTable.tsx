/** The speaking order: who, with their titles, what kind, what about, when in the agenda, how long. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { speechKindLabels } from '../../../shared/api/schemas/speeches.ts';
import { useFocusAfterDelete } from '../app/focusAfterDelete.ts';
import { speechesText as text } from './strings.ts';

/** "Hà Thị Nga, Ủy viên Trung ương Đảng, …": the name stands out, the titles follow on their own line. */
export function SpeakerCell({ speech }: { speech: Speech }) {
  const [name, ...titles] =
    speech.speakerDelegateId !== null ? speech.speakerLabel.split(', ') : [speech.speakerLabel];
  return (
    <div>
      <Typography.Text strong>{name}</Typography.Text>
      {titles.length > 0 && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {titles.join(', ')}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

interface Props {
  rows: Speech[];
  loading: boolean;
  busy: boolean;
  onMove: (speech: Speech, direction: -1 | 1) => void;
  onEdit: (speech: Speech) => void;
  onDelete: (speech: Speech) => void;
}

export function SpeechesTable({ rows, loading, busy, onMove, onEdit, onDelete }: Props) {
  const focusAfterDelete = useFocusAfterDelete(rows, '[data-action="delete"]');
  const columns: TableColumnsType<Speech> = [
    { title: text.columns.order, key: 'order', width: 48, align: 'center', render: (_, _s, i) => i + 1 },
    {
      title: text.columns.speaker,
      key: 'speaker',
      width: 300,
      render: (_, s) => <SpeakerCell speech={s} />,
    },
    {
      title: text.columns.kind,
      key: 'kind',
      width: 150,
      render: (_, s) => (
        <Space size={4} wrap>
          <span>{speechKindLabels[s.kind]}</span>
          {s.registration === 'chap_nhan' && <Tag color="blue">{text.fromRegistration}</Tag>}
        </Space>
      ),
    },
    {
      // The agenda item goes under the title: one flexible column reads better than two squeezed ones.
      title: `${text.columns.title} · ${text.columns.agenda.toLowerCase()}`,
      key: 'title',
      render: (_, s) => (
        <div>
          <div>{s.title}</div>
          {s.agendaItemContent && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {s.agendaItemContent}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: text.columns.planned,
      key: 'planned',
      width: 84,
      align: 'right',
      render: (_, s) => text.minutes(s.plannedMinutes),
    },
    {
      title: text.columns.actual,
      key: 'actual',
      width: 84,
      align: 'right',
      render: (_, s) => (
        <span
          style={{
            color:
              s.actualMinutes !== null && s.plannedMinutes !== null && s.actualMinutes > s.plannedMinutes
                ? '#cf1322'
                : undefined,
          }}
        >
          {text.minutes(s.actualMinutes)}
        </span>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 150,
      render: (_, s, i) => (
        <Space size={0}>
          <Tooltip title={text.moveUp}>
            <Button
              type="text"
              aria-label={`${text.moveUp}: ${s.speakerLabel}`}
              icon={<ArrowUpOutlined />}
              disabled={busy || i === 0}
              onClick={() => onMove(s, -1)}
            />
          </Tooltip>
          <Tooltip title={text.moveDown}>
            <Button
              type="text"
              aria-label={`${text.moveDown}: ${s.speakerLabel}`}
              icon={<ArrowDownOutlined />}
              disabled={busy || i === rows.length - 1}
              onClick={() => onMove(s, 1)}
            />
          </Tooltip>
          <Tooltip title={text.edit}>
            <Button
              type="text"
              aria-label={`${text.edit}: ${s.speakerLabel}`}
              icon={<EditOutlined />}
              onClick={() => onEdit(s)}
            />
          </Tooltip>
          <Tooltip title={text.deleteOne}>
            <Button
              type="text"
              danger
              aria-label={`${text.deleteOne}: ${s.speakerLabel}`}
              data-action="delete"
              icon={<DeleteOutlined />}
              onClick={() => {
                focusAfterDelete(s.id);
                onDelete(s);
              }}
            />
          </Tooltip>
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
      locale={{ emptyText: text.empty }}
      onRow={(s) => ({ onDoubleClick: () => onEdit(s) })}
    />
  );
}
