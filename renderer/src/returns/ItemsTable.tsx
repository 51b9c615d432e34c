/**
 * The rows of one kind (indicators or criteria) of the template form's `items` list, edited in place. Both
 * tables share the one list, so a server issue "items.7.code" lands on the right cell whichever table holds it.
 * Rows are reordered by dragging the handle, with the ↑/↓ buttons, or with Alt+↑/Alt+↓ on the focused row
 * (or from a text box in it); the settings button opens the row's advanced settings underneath it.
 */
import { PlusOutlined } from '@ant-design/icons';
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { FormInstance, FormListFieldData, TableColumnsType } from 'antd';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ReturnItem } from '../../../shared/api/returnSchemas.ts';
import { returnValueTypes } from '../../../shared/api/returnSchemas.ts';
import { DragHandle, SortableRow } from '../app/SortableRows.tsx';
import { AdvancedSettings } from './AdvancedSettings.tsx';
import { RowActions } from './RowActions.tsx';
import { templateText as text, valueTypeLabels } from './strings.ts';

type Kind = ReturnItem['kind'];

const cell = { style: { margin: 0 } };
const typeOptions = returnValueTypes.map((t) => ({ value: t, label: valueTypeLabels[t] }));

/** Alt+↑/↓ moves the row from the row itself or a text box; number boxes and lists keep their own arrows. */
function movesRow(target: EventTarget, row: EventTarget): boolean {
  if (target === row) return true;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return false;
  return target.getAttribute('role') !== 'combobox' && !target.closest('.ant-input-number');
}

interface Props {
  kind: Kind;
  form: FormInstance;
  fields: FormListFieldData[];
  onAdd: () => void;
  onRemove: (name: number) => void;
  /** Moves the list item at index `from` to where the item at index `to` stands. */
  onMove: (from: number, to: number) => void;
  /** List indexes of the rows whose advanced settings are open. */
  expanded: number[];
  onToggle: (name: number) => void;
}

export function ItemsTable({ kind, form, fields, onAdd, onRemove, onMove, expanded, onToggle }: Props) {
  const rows = fields.filter((f) => form.getFieldValue(['items', f.name, 'kind']) === kind);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  // The element that held focus before a move: React moves the row's node, which drops focus on the way.
  const refocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (element?.isConnected && document.activeElement !== element) element.focus();
  }, [fields]);

  // Row numbers, not codes, in the labels: a label must not go stale while the clerk edits the code.
  const labelOf = (field: FormListFieldData, column: string) =>
    text.cellLabel(column, rows.indexOf(field) + 1);

  const move = (index: number, step: -1 | 1, focus: HTMLElement | null) => {
    const from = rows[index];
    const to = rows[index + step];
    if (!from || !to) return;
    refocus.current = focus;
    onMove(from.name, to.name);
  };

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const step = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (step === 0 || !event.altKey || !movesRow(event.target, event.currentTarget)) return;
    event.preventDefault();
    move(index, step, event.target as HTMLElement);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const from = rows.find((f) => f.key === Number(active.id));
    const to = rows.find((f) => f.key === Number(over?.id));
    if (from && to && from !== to) onMove(from.name, to.name);
  };

  const numberCell = (field: FormListFieldData, name: 'min' | 'max' | 'maxPoints', column: string) => (
    <Form.Item noStyle dependencies={[['items', field.name, 'type']]}>
      {() => {
        // A text item has no range; its bounds are dropped when the template is saved.
        const isText = name !== 'maxPoints' && form.getFieldValue(['items', field.name, 'type']) === 'text';
        return (
          <Form.Item
            {...cell}
            name={[field.name, name]}
            rules={name === 'maxPoints' ? [{ required: true, message: text.rules.maxPoints }] : []}
          >
            <InputNumber
              aria-label={labelOf(field, column)}
              decimalSeparator=","
              style={{ width: '100%' }}
              disabled={isText}
              placeholder={isText ? '—' : undefined}
              title={isText ? text.textHasNoRange : undefined}
            />
          </Form.Item>
        );
      }}
    </Form.Item>
  );

  const columns: TableColumnsType<FormListFieldData> = [
    {
      title: text.columns.order,
      key: 'order',
      width: 64,
      render: (_, field) => (
        <Space size={0}>
          <DragHandle label={labelOf(field, text.dragHandle)} />
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{rows.indexOf(field) + 1}</span>
        </Space>
      ),
    },
    {
      title: text.columns.code,
      key: 'code',
      width: 150,
      render: (_, field) => (
        <Form.Item
          {...cell}
          name={[field.name, 'code']}
          rules={[{ required: true, message: text.rules.code }]}
        >
          <Input aria-label={labelOf(field, text.columns.code)} maxLength={30} />
        </Form.Item>
      ),
    },
    {
      title: text.columns.name,
      key: 'name',
      render: (_, field) => (
        <Form.Item
          {...cell}
          name={[field.name, 'name']}
          rules={[{ required: true, message: text.rules.name }]}
        >
          <Input.TextArea
            aria-label={labelOf(field, text.columns.name)}
            autoSize={{ minRows: 1, maxRows: 3 }}
          />
        </Form.Item>
      ),
    },
  ];
  if (kind === 'indicator') {
    columns.push(
      {
        title: text.columns.unit,
        key: 'unit',
        width: 120,
        render: (_, field) => (
          <Form.Item {...cell} name={[field.name, 'unit']}>
            <Input aria-label={labelOf(field, text.columns.unit)} maxLength={50} />
          </Form.Item>
        ),
      },
      {
        title: text.columns.type,
        key: 'type',
        width: 130,
        render: (_, field) => (
          <Form.Item {...cell} name={[field.name, 'type']}>
            <Select
              aria-label={labelOf(field, text.columns.type)}
              options={typeOptions}
              // A rank reads the other way round: 1 is best.
              onChange={(type: string) =>
                form.setFieldValue(['items', field.name, 'higherIsBetter'], type !== 'rank')
              }
            />
          </Form.Item>
        ),
      },
      {
        title: text.columns.min,
        key: 'min',
        width: 100,
        render: (_, f) => numberCell(f, 'min', text.columns.min),
      },
      {
        title: text.columns.max,
        key: 'max',
        width: 100,
        render: (_, f) => numberCell(f, 'max', text.columns.max),
      },
    );
  } else {
    columns.push({
      title: text.columns.maxPoints,
      key: 'maxPoints',
      width: 120,
      render: (_, field) => numberCell(field, 'maxPoints', text.columns.maxPoints),
    });
  }
  columns.push(
    {
      title: text.columns.required,
      key: 'required',
      width: 84,
      align: 'center',
      render: (_, field) => (
        <Form.Item {...cell} name={[field.name, 'required']} valuePropName="checked">
          <Checkbox aria-label={labelOf(field, text.columns.required)} />
        </Form.Item>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 140,
      align: 'center',
      render: (_, field) => {
        const index = rows.indexOf(field);
        return (
          <RowActions
            label={(action) => labelOf(field, action)}
            first={index === 0}
            last={index === rows.length - 1}
            open={expanded.includes(field.name)}
            onMove={(step, row) => move(index, step, row)}
            onToggle={() => onToggle(field.name)}
            onRemove={() => onRemove(field.name)}
          />
        );
      },
    },
  );

  return (
    <Flex vertical gap={6} data-testid={`template-${kind}s`}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {kind === 'indicator' ? text.indicators : text.criteria}
        </Typography.Title>
        <Button size="small" icon={<PlusOutlined />} onClick={onAdd}>
          {kind === 'indicator' ? text.addIndicator : text.addCriterion}
        </Button>
      </Flex>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={rows.map((f) => f.key)} strategy={verticalListSortingStrategy}>
          <Table<FormListFieldData>
            rowKey="key"
            size="small"
            bordered
            columns={columns}
            dataSource={rows}
            pagination={false}
            components={{ body: { row: SortableRow } }}
            onRow={(field) => ({
              tabIndex: 0,
              'aria-label': text.rowLabel(kind, rows.indexOf(field) + 1),
              onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => onRowKey(event, rows.indexOf(field)),
            })}
            expandable={{
              showExpandColumn: false,
              expandedRowKeys: rows.filter((f) => expanded.includes(f.name)).map((f) => f.key),
              expandedRowRender: (field) => (
                <AdvancedSettings form={form} name={field.name} label={(column) => labelOf(field, column)} />
              ),
            }}
          />
        </SortableContext>
      </DndContext>
    </Flex>
  );
}
