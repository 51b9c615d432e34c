/**
 * One file's rows as the sheet lays them out: each sheet column with its heading and a Select for what it holds,
 * the cleaned values, every problem on its own cell (highlighted, with its sentence), whether the entry is
 * already in the conference, and the add / update / skip choice per row.
 */
import { Flex, Select, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import {
  awardImportFields,
  delegateImportFields,
  type ImportAction,
  type ImportPreview,
} from '../../../shared/api/methods/imports.ts';
import { fieldLabels, genderLabels, importsText as text } from './strings.ts';

type Row = ImportPreview['rows'][number];

interface Props {
  preview: ImportPreview;
  decisions: Record<number, ImportAction>;
  busy: boolean;
  onMap: (column: string, field: string) => void;
  onDecide: (row: number, action: ImportAction) => void;
}

/** Columns holding a mark or a number, not words. */
const narrowFields = new Set(['index', 'male', 'female', 'gender', 'smallCollective', 'recipientKind']);

const problemStyle = { background: '#fff1f0', boxShadow: 'inset 0 0 0 1px #ff7875' };

export function PreviewTable({ preview, decisions, busy, onMap, onDecide }: Props) {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const problems = useMemo(() => {
    const byCell = new Map<string, string[]>();
    for (const p of preview.problems) {
      const key = `${p.row}:${p.column}`;
      byCell.set(key, [...(byCell.get(key) ?? []), p.message]);
    }
    return byCell;
  }, [preview.problems]);
  /** Row -> the cells with problems ("H18"), so a row refused for a cell off to the right says where to look. */
  const flaggedRows = useMemo(() => {
    const byRow = new Map<number, string[]>();
    for (const p of preview.problems)
      if (p.column) byRow.set(p.row, [...new Set([...(byRow.get(p.row) ?? []), `${p.column}${p.row}`])]);
      else byRow.set(p.row, byRow.get(p.row) ?? []);
    return byRow;
  }, [preview.problems]);
  const cellHint = (row: number) => {
    const cells = flaggedRows.get(row);
    return cells?.length ? (
      <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
        {text.problemCells(cells)}
      </Typography.Text>
    ) : null;
  };
  const fields = preview.kind === 'delegates' ? delegateImportFields : awardImportFields;
  const fieldOptions = [
    { value: '', label: text.notImported },
    ...fields.map((field) => ({ value: field, label: fieldLabels[field] ?? field })),
  ];
  const nameField = preview.kind === 'delegates' ? 'fullName' : 'recipientName';
  const formColumn = preview.columns.find((c) => c.field === 'awardForm')?.column;

  const columns: TableColumnsType<Row> = [
    {
      title: text.row,
      dataIndex: 'row',
      width: 70,
      fixed: 'left',
      render: (row: number) => {
        const messages = problems.get(`${row}:`) ?? [];
        return (
          <div data-cell={`row-${row}`}>
            {row}
            {messages.map((m) => (
              <Typography.Text key={m} type="danger" style={{ display: 'block', fontSize: 12 }}>
                {m}
              </Typography.Text>
            ))}
          </div>
        );
      },
    },
    {
      title: text.status,
      key: 'status',
      width: 150,
      fixed: 'left',
      render: (_: unknown, row: Row) =>
        !row.importable ? (
          <Flex vertical gap={2} align="start">
            <Tag color="error">{text.statusRefused}</Tag>
            {cellHint(row.row)}
          </Flex>
        ) : row.existingId !== null ? (
          <Flex vertical gap={2} align="start">
            <Tag color="warning">{text.statusExisting}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.changes.length ? text.changes(row.changes) : text.sameAsExisting}
            </Typography.Text>
            {cellHint(row.row)}
          </Flex>
        ) : (
          <Flex vertical gap={2} align="start">
            <Tag color="success">{text.statusNew}</Tag>
            {cellHint(row.row)}
          </Flex>
        ),
    },
    ...preview.columns.map((column) => ({
      key: column.column,
      width: column.field === nameField ? 210 : narrowFields.has(column.field ?? '') ? 110 : 170,
      title: (
        <Flex vertical gap={4}>
          <Typography.Text strong ellipsis={{ tooltip: column.header }} style={{ maxWidth: 190 }}>
            {column.column}
            {column.header ? ` · ${column.header}` : ''}
          </Typography.Text>
          <Select
            size="small"
            aria-label={`Cột ${column.column}`}
            value={column.field ?? ''}
            options={fieldOptions}
            disabled={busy}
            popupMatchSelectWidth={false}
            onChange={(field: string) => onMap(column.column, field)}
            style={{ width: '100%' }}
          />
        </Flex>
      ),
      onCell: (row: Row) => ({
        style: problems.has(`${row.row}:${column.column}`) ? problemStyle : undefined,
      }),
      render: (_: unknown, row: Row) => {
        const messages = problems.get(`${row.row}:${column.column}`) ?? [];
        const value = row.cells[column.column] ?? '';
        const extra =
          column.field === nameField && row.gender
            ? genderLabels[row.gender]
            : column.column === formColumn && row.awardFormName && row.awardFormName !== value
              ? `→ ${row.awardFormName}`
              : null;
        return (
          <div data-cell={`${column.column}${row.row}`} style={{ opacity: column.field ? 1 : 0.55 }}>
            {value}
            {extra && (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {extra}
              </Typography.Text>
            )}
            {messages.map((m) => (
              <Typography.Text key={m} type="danger" style={{ display: 'block', fontSize: 12 }}>
                {m}
              </Typography.Text>
            ))}
          </div>
        );
      },
    })),
    {
      title: text.action,
      key: 'action',
      width: 130,
      fixed: 'right',
      render: (_: unknown, row: Row) => (
        <Select
          size="small"
          aria-label={`${text.action} dòng ${row.row}`}
          value={decisions[row.row] ?? row.proposed}
          disabled={busy || !row.importable}
          onChange={(action: ImportAction) => onDecide(row.row, action)}
          style={{ width: 110 }}
          options={[
            { value: 'add', label: text.actions.add },
            { value: 'update', label: text.actions.update, disabled: row.existingId === null },
            { value: 'skip', label: text.actions.skip },
          ]}
        />
      ),
    },
  ];

  const rows = onlyFlagged
    ? preview.rows.filter((r) => flaggedRows.has(r.row) || r.existingId !== null || !r.importable)
    : preview.rows;
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center">
        <Switch size="small" checked={onlyFlagged} onChange={setOnlyFlagged} aria-label={text.onlyProblems} />
        <Typography.Text>{text.onlyProblems}</Typography.Text>
      </Flex>
      <Table<Row>
        size="small"
        bordered
        rowKey="row"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Flex>
  );
}
