/**
 * "Dán từ Excel": the clerk pastes rows, sees them in columns under a guessed header she can change, and adds
 * them in one go. Each row is checked as it is pasted (a missing name shows on its cell at once); the server
 * checks every row again in one transaction. Problems are marked on the cell and listed, and nothing is saved
 * until every row is right.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Input, Modal, Select, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../shared/api/result.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { ApiCallError, call } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { filterByLabel } from '../app/search.ts';
import { common } from '../strings.ts';
import { delegationOptions } from './delegations.ts';
import {
  buildRows,
  guessHeader,
  guessMapping,
  issueCell,
  parseClipboard,
  pasteFieldLabels,
  pasteFields,
  type PasteField,
} from './paste.ts';
import { pasteText as text } from './strings.ts';

interface Props {
  conferenceId: number;
  members: Member[];
  defaultDelegation: string;
  onClose: () => void;
  onSaved: (count: number) => void;
}

interface Grid {
  cells: string[][];
  hasHeader: boolean;
  mapping: (PasteField | null)[];
}

function gridOf(raw: string): Grid {
  const cells = parseClipboard(raw);
  const hasHeader = guessHeader(cells);
  return { cells, hasHeader, mapping: guessMapping(cells, hasHeader) };
}

/** "Dòng 6: Email không đúng dạng…" → "Email không đúng dạng…" inside the row's own cell. */
const withoutRowNumber = (message: string) => message.replace(/^Dòng \d+: /u, '');

const errorCell = { background: '#fff1f0', boxShadow: 'inset 0 0 0 1px #ff7875' };

export function PasteDialog({ conferenceId, members, defaultDelegation, onClose, onSaved }: Props) {
  const feedback = useFeedback();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [delegation, setDelegation] = useState(defaultDelegation);
  /** What the server refused on the last save; cleared by any change to the grid. */
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);

  const data = useMemo(() => (grid ? grid.cells.slice(grid.hasHeader ? 1 : 0) : []), [grid]);
  const width = grid ? Math.max(0, ...grid.cells.map((r) => r.length)) : 0;
  const hasName = grid?.mapping.includes('fullName') ?? false;
  const built = useMemo(
    () => (grid && hasName ? buildRows(data, grid.mapping, delegation, members) : { rows: [], issues: [] }),
    [grid, hasName, data, delegation, members],
  );
  // Problems seen in the preview come first; the server's list only matters once those are gone.
  const issues = built.issues.length > 0 ? built.issues : serverIssues;
  // Paths read "rows.N.field": count each row once however many problems it has.
  const badRows = new Set(built.issues.map((issue) => issue.path.split('.')[1])).size;
  const readyCount = data.length - badRows;

  const change = (next: Grid | null) => {
    setGrid(next);
    setServerIssues([]);
  };

  const marks = useMemo(() => {
    const byCell = new Map<string, string[]>();
    const byRow = new Map<number, string[]>();
    for (const issue of issues) {
      const at = grid && issueCell(issue.path, grid.mapping);
      if (!at) continue;
      byRow.set(at.row, [...(byRow.get(at.row) ?? []), issue.message]);
      if (at.column !== null) {
        const key = `${at.row}:${at.column}`;
        byCell.set(key, [...(byCell.get(key) ?? []), issue.message]);
      }
    }
    return { byCell, byRow };
  }, [issues, grid]);

  const save = async () => {
    if (!grid || built.issues.length > 0) return;
    setSaving(true);
    try {
      const saved = await call('delegates.createMany', { conferenceId, rows: built.rows });
      onSaved(saved.length);
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length > 0) setServerIssues(error.issues);
      else feedback.showError(error);
    } finally {
      setSaving(false);
    }
  };

  const removeRow = (index: number) => {
    if (!grid) return;
    const at = index + (grid.hasHeader ? 1 : 0);
    change({ ...grid, cells: grid.cells.filter((_, i) => i !== at) });
  };

  const fieldOptions = [
    { value: '', label: text.ignore },
    ...pasteFields.map((f) => ({ value: f, label: pasteFieldLabels[f] })),
  ];

  const columns: TableColumnsType<{ index: number; cells: string[] }> = [
    {
      title: text.rowNumber,
      key: 'row',
      width: 56,
      fixed: 'left',
      render: (_, r) => {
        const problems = marks.byRow.get(r.index);
        return (
          <Flex gap={2} align="center">
            <Tooltip title={problems?.join(' ')}>
              <Typography.Text type={problems ? 'danger' : undefined} strong={Boolean(problems)}>
                {r.index + 1}
              </Typography.Text>
            </Tooltip>
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={`${text.removeRow} ${r.index + 1}`}
              onClick={() => removeRow(r.index)}
            />
          </Flex>
        );
      },
    },
    ...Array.from({ length: width }, (_, column) => ({
      key: `c${column}`,
      width: grid?.mapping[column] === 'positionLines' ? 260 : 160,
      title: (
        <Flex vertical gap={2}>
          <Select
            size="small"
            aria-label={text.columnFor(column + 1)}
            value={grid?.mapping[column] ?? ''}
            options={fieldOptions}
            popupMatchSelectWidth={false}
            onChange={(value: string) => {
              if (!grid) return;
              const field = value === '' ? null : (value as PasteField);
              // One column per field: taking a field frees it from any other column.
              const mapping = grid.mapping.map((f, i) => (i === column ? field : f === field ? null : f));
              change({ ...grid, mapping });
            }}
            style={{ width: '100%' }}
          />
          {grid?.hasHeader && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }} ellipsis>
              {grid.cells[0]?.[column] ?? ''}
            </Typography.Text>
          )}
        </Flex>
      ),
      onCell: (r: { index: number }) => ({
        style: marks.byCell.has(`${r.index}:${column}`) ? errorCell : undefined,
        title: marks.byCell.get(`${r.index}:${column}`)?.join(' '),
      }),
      render: (_: unknown, r: { index: number; cells: string[] }) => (
        <>
          <span style={{ whiteSpace: 'pre-line', opacity: grid?.mapping[column] ? 1 : 0.45 }}>
            {r.cells[column]}
          </span>
          {marks.byCell.get(`${r.index}:${column}`)?.map((message, i) => (
            <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
              {withoutRowNumber(message)}
            </Typography.Text>
          ))}
        </>
      ),
    })),
  ];

  return (
    <Modal
      open
      width="min(1240px, 96vw)"
      title={text.title}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center">
          <span>
            {grid && (
              <Button onClick={() => change(null)} disabled={saving}>
                {text.back}
              </Button>
            )}
          </span>
          <Flex gap={8}>
            <Button onClick={onClose}>{common.cancel}</Button>
            <Button
              type="primary"
              disabled={!grid || readyCount === 0 || !hasName || badRows > 0}
              loading={saving}
              onClick={() => void save()}
            >
              {text.save(readyCount)}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {!grid ? (
        <Flex vertical gap={8}>
          <Typography.Text>{text.instructions}</Typography.Text>
          <Input.TextArea
            autoFocus
            aria-label={text.areaLabel}
            placeholder={text.areaPlaceholder}
            rows={10}
            onPaste={(event) => {
              const raw = event.clipboardData.getData('text/plain');
              if (!raw.trim()) return;
              event.preventDefault();
              change(gridOf(raw));
            }}
          />
        </Flex>
      ) : (
        <Flex vertical gap={10}>
          <Flex gap={16} align="center" wrap>
            <Checkbox
              checked={grid.hasHeader}
              onChange={(e) => {
                const hasHeader = e.target.checked;
                change({ ...grid, hasHeader, mapping: guessMapping(grid.cells, hasHeader) });
              }}
            >
              {text.headerRow}
            </Checkbox>
            <Flex gap={6} align="center">
              <Typography.Text>{text.defaultDelegation}:</Typography.Text>
              <Select
                aria-label={text.defaultDelegation}
                style={{ width: 200 }}
                value={delegation}
                onChange={setDelegation}
                showSearch={{ filterOption: filterByLabel }}
                options={delegationOptions(members)}
              />
            </Flex>
            <Typography.Text type="secondary">{text.rowsFound(readyCount)}</Typography.Text>
            {badRows > 0 && <Typography.Text type="danger">{text.badRows(badRows)}</Typography.Text>}
          </Flex>
          {!hasName && <Alert type="warning" showIcon title={text.noNameColumn} />}
          {issues.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={
                built.issues.length > 0
                  ? text.fixBeforeAdding(issues.length)
                  : text.nothingSaved(issues.length)
              }
              description={
                <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 120, overflow: 'auto' }}>
                  {issues.map((issue, i) => (
                    <li key={i}>{issue.message}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Table
            size="small"
            bordered
            rowKey="index"
            columns={columns}
            dataSource={data.map((cells, index) => ({ index, cells }))}
            pagination={false}
            scroll={{ x: 'max-content', y: 380 }}
            onRow={(r) => ({ style: marks.byRow.has(r.index) ? { background: '#fffbfa' } : undefined })}
          />
        </Flex>
      )}
    </Modal>
  );
}
