/**
 * The award list as a dense, virtualised spreadsheet: only the rows in view are in the DOM, so 10,000 entries
 * scroll and filter smoothly. Arrow keys, Tab, Home/End and PageUp/PageDown move the active cell; Enter, F2
 * or typing edits it in place (Enter opens the full form on a read-only cell); Space ticks the row; Delete
 * removes the ticked rows (or this one). The columns are built once per sort order and every cell subscribes to
 * its own state in the grid store, so a keystroke in the search box redraws the table once and a keystroke in
 * the grid redraws a cell or two.
 */
import { EditOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import type { TableColumnsType, TableRef } from 'antd';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { errorMessage } from '../api/client.ts';
import './awardsTable.css';
import type { EditEnd } from './CellEditor.tsx';
import type { AwardSort } from './filter.ts';
import { GridCell, GridContext, HeaderCheckbox, RowCheckbox, type GridActions } from './GridCell.tsx';
import { editValue, gridColumns, patchOf, type AwardPatch, type ChoiceSources } from './gridColumns.ts';
import { useGridKeys } from './gridKeys.ts';
import type { GridStore } from './gridStore.ts';
import { awardsText as text } from './strings.ts';

const selectionWidth = 36;
const editWidth = 36;
const tableWidth = selectionWidth + editWidth + gridColumns.reduce((sum, c) => sum + c.width, 0);

function columns(store: GridStore, sort: AwardSort, onEdit: (e: AwardEntry) => void) {
  const list: TableColumnsType<AwardEntry> = [
    {
      title: <HeaderCheckbox />,
      key: 'select',
      width: selectionWidth,
      align: 'center',
      render: (_, e) => <RowCheckbox entry={e} />,
    },
    ...gridColumns.map((column) => ({
      title:
        column.key === 'flag' ? <span title={text.columns.flagTitle}>{column.title}</span> : column.title,
      key: column.key,
      width: column.width,
      align: column.align,
      ...(column.sort && {
        sorter: true,
        sortDirections: ['ascend' as const],
        sortOrder: column.sort === sort ? ('ascend' as const) : null,
      }),
      render: (_: unknown, e: AwardEntry, index: number) => (
        <GridCell store={store} entry={e} column={column} index={index} />
      ),
    })),
    {
      title: '',
      key: 'edit',
      width: editWidth,
      // A plain button: an antd Button in every drawn row is the costliest thing in it.
      render: (_, e) => (
        <button
          type="button"
          className="award-edit"
          tabIndex={-1}
          title={text.editRow(e.recipientName)}
          aria-label={text.editRow(e.recipientName)}
          onClick={() => onEdit(e)}
        >
          <EditOutlined />
        </button>
      ),
    },
  ];
  return list;
}

/** The height left below the table's top edge in the window, kept up to date as the window resizes. */
function useHeightBelow(offset: number): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(240, window.innerHeight - top - offset));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [offset]);
  return [ref, height];
}

interface Props {
  store: GridStore;
  rows: AwardEntry[];
  loading: boolean;
  emptyText: string;
  /** The query these rows were filtered with, mirrored into the DOM so tests can wait for it. */
  renderedQuery: string;
  sort: AwardSort;
  onSort: (sort: AwardSort) => void;
  sources: ChoiceSources;
  /** Opens the full form. */
  onEdit: (entry: AwardEntry) => void;
  /** Saves one changed field; rejects with the server's refusal. */
  onUpdate: (patch: AwardPatch) => Promise<unknown>;
  onDelete: (ids: number[]) => void;
}

/** Every prop must be stable across keystrokes except `rows` and `renderedQuery`, or the table redraws more. */
export const AwardsTable = memo(function AwardsTable(props: Props) {
  const { store, rows, loading, emptyText, renderedQuery, sort, onSort, sources, onEdit, onUpdate } = props;
  const [ref, height] = useHeightBelow(56);
  const tableRef = useRef<TableRef>(null);

  // Before the cells read them: the store answers "which row is this id" for the keyboard and the header.
  useLayoutEffect(() => store.setRows(rows), [store, rows]);

  const keys = useGridKeys({ store, tableRef, onEdit, onDelete: props.onDelete });

  const onEditEnd = useCallback(
    (entry: AwardEntry, column: (typeof gridColumns)[number], end: EditEnd) => {
      store.stopEditing();
      if (end.move !== 'stay') keys.moveAcross(end.move === 'next' ? 1 : -1);
      const edit = column.edit;
      if (end.value === null || !edit || end.value === editValue(entry, edit.field, sources)) return;
      onUpdate(patchOf(entry.id, edit.field, end.value)).catch((error: unknown) =>
        store.refuse({ id: entry.id, column: column.key, message: errorMessage(error) }),
      );
    },
    [store, sources, onUpdate, keys],
  );
  const grid = useMemo<GridActions>(() => ({ store, sources, onEditEnd }), [store, sources, onEditEnd]);

  const cols = useMemo(() => columns(store, sort, onEdit), [store, sort, onEdit]);
  const scroll = useMemo(() => ({ x: tableWidth, y: height }), [height]);
  const locale = useMemo(
    () => ({ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }),
    [emptyText],
  );
  const onRow = useCallback((e: AwardEntry) => ({ onDoubleClick: () => onEdit(e) }), [onEdit]);

  // Tabbing into the grid lands on the active cell (or the first one); leaving it with Shift+Tab is not undone.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.relatedTarget && event.currentTarget.contains(event.relatedTarget)) return;
    keys.enter();
  };

  return (
    <GridContext value={grid}>
      <div
        ref={ref}
        role="grid"
        aria-label={text.tableLabel}
        tabIndex={0}
        className="awards-grid"
        data-testid="awards-table"
        data-rendered-query={renderedQuery}
        aria-busy={loading}
        onKeyDown={keys.onKeyDown}
        onFocus={onFocus}
      >
        <Table<AwardEntry>
          ref={tableRef}
          virtual
          size="small"
          rowKey="id"
          bordered
          rowHoverable={false}
          columns={cols}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={scroll}
          locale={locale}
          onRow={onRow}
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const column = gridColumns.find((c) => c.key === one?.columnKey);
            onSort((one?.order && column?.sort) || 'precedence');
          }}
        />
      </div>
    </GridContext>
  );
});
