/** The agenda as the printed "Thời gian | Nội dung | Người thực hiện" table, every cell editable in place. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Select, Space, Table, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { AgendaItem } from '../../../shared/api/schemas/agenda.ts';
import { agendaKindLabels, agendaKinds } from '../../../shared/api/schemas/agenda.ts';
import { useFocusAfterDelete } from '../app/focusAfterDelete.ts';
import { MinutesCell, PresenterCell, TextCell, type PresenterOption } from './cells.tsx';
import { agendaText as text } from './strings.ts';

type Patch = Omit<MethodInput<'agenda.update'>, 'id'>;

interface Props {
  items: AgendaItem[];
  loading: boolean;
  presenters: PresenterOption[];
  busy: boolean;
  onUpdate: (item: AgendaItem, patch: Patch) => void;
  onMove: (item: AgendaItem, position: number) => void;
  onDelete: (item: AgendaItem) => void;
}

export function AgendaTable({ items, loading, presenters, busy, onUpdate, onMove, onDelete }: Props) {
  // Stored positions keep a gap where an item was deleted (so undo can put it back): number and move by the
  // row's place in the list, which is also the place agenda.move expects.
  const places = new Map(items.map((item, place) => [item.id, place]));
  const placeOf = (item: AgendaItem) => places.get(item.id) ?? item.position;
  const focusAfterDelete = useFocusAfterDelete(items, '[data-action="delete"]');
  const columns: TableColumnsType<AgendaItem> = [
    { title: text.columns.order, key: 'order', width: 52, align: 'center', render: (_, i) => placeOf(i) + 1 },
    {
      title: text.columns.time,
      key: 'time',
      width: 112,
      render: (_, i) =>
        i.startTime && (
          <Tooltip title={i.overrun ? text.overrunItem : undefined}>
            <span
              data-testid="agenda-time"
              style={{
                whiteSpace: 'nowrap',
                fontVariantNumeric: 'tabular-nums',
                color: i.overrun ? '#cf1322' : undefined,
                fontWeight: i.overrun ? 600 : undefined,
              }}
            >
              {i.startTime} – {i.endTime}
            </span>
          </Tooltip>
        ),
    },
    {
      title: text.columns.duration,
      key: 'duration',
      width: 64,
      render: (_, i) => (
        <MinutesCell
          value={i.durationMinutes}
          label={text.editLabel(text.columns.duration, placeOf(i) + 1)}
          onCommit={(durationMinutes) => onUpdate(i, { durationMinutes })}
        />
      ),
    },
    {
      title: text.columns.kind,
      key: 'kind',
      width: 150,
      render: (_, i) => (
        <Select
          aria-label={text.editLabel(text.columns.kind, placeOf(i) + 1)}
          variant="borderless"
          value={i.kind}
          style={{ width: '100%' }}
          options={agendaKinds.map((k) => ({ value: k, label: agendaKindLabels[k] }))}
          onChange={(kind) => onUpdate(i, { kind })}
        />
      ),
    },
    {
      title: text.columns.content,
      key: 'content',
      render: (_, i) => (
        <TextCell
          multiline
          value={i.content}
          label={text.editLabel(text.columns.content, placeOf(i) + 1)}
          onCommit={(content) => onUpdate(i, { content })}
        />
      ),
    },
    {
      title: text.columns.presenter,
      key: 'presenter',
      width: 280,
      render: (_, i) => (
        <PresenterCell
          value={{
            presenterDelegateId: i.presenterDelegateId,
            presenterText: i.presenterText,
            label: i.presenterLabel,
          }}
          label={text.editLabel(text.columns.presenter, placeOf(i) + 1)}
          options={presenters}
          placeholder={text.presenterPlaceholder}
          onCommit={(presenter) => onUpdate(i, presenter)}
        />
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 100,
      align: 'center',
      render: (_, i) => (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={`${text.moveUp}: ${i.content}`}
            disabled={busy || placeOf(i) === 0}
            onClick={() => onMove(i, placeOf(i) - 1)}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={`${text.moveDown}: ${i.content}`}
            disabled={busy || placeOf(i) === items.length - 1}
            onClick={() => onMove(i, placeOf(i) + 1)}
          />
          <Button
            type="text"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={`${text.deleteItem}: ${i.content}`}
            data-action="delete"
            onClick={() => {
              focusAfterDelete(i.id);
              onDelete(i);
            }}
          />
        </Space>
      ),
    },
  ];

  return (
    <Table<AgendaItem>
      rowKey="id"
      size="small"
      bordered
      tableLayout="fixed"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text.empty} /> }}
    />
  );
}
