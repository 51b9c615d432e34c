/**
 * The delegates in protocol order, dense like a spreadsheet: drag a row by its handle or focus it and press
 * Alt+↑ / Alt+↓ to move it; ↑ / ↓ walk the rows, Enter edits, Delete removes (with undo), Space selects.
 */
import { EditOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, type KeyboardEvent } from 'react';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateRoleLabels } from '../../../shared/api/schemas/delegates.ts';
import { common } from '../strings.ts';
import { DragHandle, SortableRow } from './SortableRows.tsx';
import { StatusPicker } from './StatusPicker.tsx';
import { delegatesText as text } from './strings.ts';

interface Props {
  rows: Delegate[];
  loading: boolean;
  emptyText: string;
  selected: number[];
  onSelect: (ids: number[]) => void;
  /** Move `id` to where `target` stands now. */
  onMove: (id: number, target: Delegate) => void;
  onStatus: (delegate: Delegate, status: Delegate['status']) => void;
  onEdit: (delegate: Delegate) => void;
  onDelete: (ids: number[]) => void;
  /** The row that should hold keyboard focus after the list changes (e.g. the one just moved). */
  focusId: number | null;
}

const rowElement = (id: number) => document.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);

export function DelegatesTable(props: Props) {
  const { rows, selected, onSelect, onMove, onEdit, onDelete, focusId } = props;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  useEffect(() => {
    if (focusId !== null) rowElement(focusId)?.focus();
  }, [focusId, rows]);

  const neighbour = (index: number, step: number) => rows[index + step];

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, delegate: Delegate, index: number) => {
    if (event.target !== event.currentTarget) return;
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step !== 0 && event.altKey) {
      event.preventDefault();
      const target = neighbour(index, step);
      if (target) onMove(delegate.id, target);
    } else if (step !== 0) {
      event.preventDefault();
      const next = neighbour(index, step);
      if (next) rowElement(next.id)?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onEdit(delegate);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(selected.includes(delegate.id) ? selected : [delegate.id]);
    } else if (event.key === ' ') {
      event.preventDefault();
      onSelect(
        selected.includes(delegate.id)
          ? selected.filter((id) => id !== delegate.id)
          : [...selected, delegate.id],
      );
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const target = rows.find((d) => d.id === over.id);
    if (target) onMove(Number(active.id), target);
  };

  const columns: TableColumnsType<Delegate> = [
    {
      title: text.columns.order,
      key: 'order',
      width: 60,
      render: (_, d) => (
        <Space size={0}>
          <DragHandle name={d.fullName} />
          <Tooltip title={d.manualOrder !== null ? text.manualOrderHint : undefined}>
            <span
              style={{ fontVariantNumeric: 'tabular-nums', fontWeight: d.manualOrder !== null ? 600 : 400 }}
            >
              {d.protocolIndex}
            </span>
          </Tooltip>
        </Space>
      ),
    },
    {
      title: text.columns.name,
      key: 'name',
      width: 160,
      render: (_, d) => (
        <span>
          {d.honorific && <Typography.Text type="secondary">{d.honorific} </Typography.Text>}
          <strong>{d.fullName}</strong>
        </span>
      ),
    },
    {
      title: text.columns.positions,
      dataIndex: 'positionLines',
      render: (lines: string[]) => (
        <div style={{ lineHeight: 1.35 }}>
          {lines.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </div>
      ),
    },
    { title: text.columns.organization, dataIndex: 'organization', width: 150 },
    {
      title: text.columns.delegation,
      key: 'delegation',
      width: 110,
      render: (_, d) =>
        d.isGuest && d.delegationKind !== 'member' ? <Tag>{d.delegationName}</Tag> : d.delegationName,
    },
    {
      title: text.columns.role,
      dataIndex: 'role',
      width: 92,
      render: (r: Delegate['role']) => delegateRoleLabels[r],
    },
    {
      title: text.columns.status,
      key: 'status',
      width: 146,
      render: (_, d) => (
        <StatusPicker value={d.status} name={d.fullName} onChange={(status) => props.onStatus(d, status)} />
      ),
    },
    { title: text.columns.seat, dataIndex: 'seat', width: 48 },
    {
      title: text.columns.phone,
      dataIndex: 'phone',
      width: 104,
      render: (phone: string) => <span style={{ whiteSpace: 'nowrap' }}>{phone}</span>,
    },
    {
      title: '',
      key: 'edit',
      width: 40,
      align: 'center',
      render: (_, d) => (
        <Button
          type="text"
          size="small"
          icon={<EditOutlined />}
          tabIndex={-1}
          aria-label={`${common.edit}: ${d.fullName}`}
          onClick={() => onEdit(d)}
        />
      ),
    },
  ];

  return (
    <div className="delegates-table">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={rows.map((d) => d.id)} strategy={verticalListSortingStrategy}>
          <Table<Delegate>
            rowKey="id"
            size="small"
            bordered
            loading={props.loading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            tableLayout="fixed"
            scroll={{ x: 1100 }}
            components={{ body: { row: SortableRow } }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => onSelect(keys.map(Number)),
              columnWidth: 36,
            }}
            onRow={(d, index) => ({
              tabIndex: 0,
              'aria-label': `${d.protocolIndex}. ${d.fullName}`,
              onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => onRowKey(event, d, index ?? 0),
              onDoubleClick: () => onEdit(d),
            })}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.emptyText} />,
            }}
          />
        </SortableContext>
      </DndContext>
    </div>
  );
}
