/**
 * The award list as a dense, virtualised spreadsheet on our own VirtualGrid: only the rows in view are in the
 * DOM, rows have one fixed height, so 10,000 entries scroll and filter smoothly. Arrow keys, Tab, Home/End and
 * PageUp/PageDown move the active cell; Enter, F2 or typing edits it in place (Enter opens the full form on a
 * read-only cell); Space ticks the row; Delete removes the ticked rows (or this one). Rows are memoized by
 * (entry, place) and every cell subscribes to its own state in the grid store, so a keystroke in the search
 * box redraws only the rows in view and a keystroke in the grid redraws a cell or two.
 */
import { CaretUpOutlined } from '@ant-design/icons';
import { Spin, Typography } from 'antd';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type RefObject,
} from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import { errorMessage } from '../api/client.ts';
import { VirtualGrid, type VirtualGridColumn, type VirtualGridHandle } from '../app/VirtualGrid.tsx';
import { AwardRow } from './AwardRow.tsx';
import './awardsTable.css';
import type { EditEnd } from './CellEditor.tsx';
import type { AwardSort } from './filter.ts';
import { GridContext, HeaderCheckbox, type GridActions } from './GridCell.tsx';
import { editValue, gridColumns, patchOf, type AwardPatch, type ChoiceSources } from './gridColumns.ts';
import { useGridKeys } from './gridKeys.ts';
import type { GridStore } from './gridStore.ts';
import { awardsText as text } from './strings.ts';

const rowHeight = 34;
const headerHeight = 40;

/** The header: the "all shown" box, the data columns (Tên, Hình thức, Thành viên sort on click), the edit column. */
function columns(sort: AwardSort, onSort: (sort: AwardSort) => void): VirtualGridColumn[] {
  return [
    { key: 'select', width: 36, align: 'center', title: <HeaderCheckbox /> },
    ...gridColumns.map((column): VirtualGridColumn => {
      const title =
        column.key === 'flag' ? <span title={text.columns.flagTitle}>{column.title}</span> : column.title;
      const by = column.sort;
      if (!by) return { key: column.key, width: column.width, align: column.align, title };
      const sorted = by === sort;
      return {
        key: column.key,
        width: column.width,
        align: column.align,
        sort: sorted ? 'ascending' : 'none',
        title: (
          <button
            type="button"
            className="award-sort"
            data-sorted={sorted}
            // A second click on the sorted column goes back to the handing-over order.
            onClick={() => onSort(sorted ? 'precedence' : by)}
          >
            <span>{title}</span>
            <CaretUpOutlined aria-hidden />
          </button>
        ),
      };
    }),
    { key: 'edit', width: 36, title: '' },
  ];
}

/**
 * The height left below the table's top edge in the window, kept up to date as the window resizes and as what
 * sits above the table (statistics, the selection bar) grows or shrinks: the screen's column is observed too.
 */
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
    const column = ref.current?.parentElement;
    if (column) observer.observe(column);
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
  const [wrapper, height] = useHeightBelow(20);
  const gridRef = useRef<VirtualGridHandle>(null);

  // Before the cells read them: the store answers "which row is this id" for the keyboard and the header.
  useLayoutEffect(() => store.setRows(rows), [store, rows]);

  const keys = useGridKeys({ store, gridRef, onEdit, onDelete: props.onDelete });

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
  const cols = useMemo(() => columns(sort, onSort), [sort, onSort]);

  const renderRow = (index: number, style: CSSProperties) => (
    <AwardRow key={index} store={store} entry={rows[index]!} index={index} style={style} onEdit={onEdit} />
  );

  // Tabbing into the grid lands on the active cell (or the first one); leaving it with Shift+Tab is not undone.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.relatedTarget && event.currentTarget.contains(event.relatedTarget)) return;
    keys.enter();
  };

  return (
    <GridContext value={grid}>
      <div ref={wrapper}>
        <VirtualGrid
          ref={gridRef}
          columns={cols}
          rowCount={rows.length}
          rowHeight={rowHeight}
          headerHeight={headerHeight}
          height={height}
          renderRow={renderRow}
          empty={emptyText && <Typography.Text type="secondary">{emptyText}</Typography.Text>}
          overlay={loading && <Spin />}
          aria-label={text.tableLabel}
          aria-multiselectable
          tabIndex={0}
          className="awards-grid"
          data-testid="awards-table"
          data-rendered-query={renderedQuery}
          aria-busy={loading}
          onKeyDown={keys.onKeyDown}
          onFocus={onFocus}
        />
      </div>
    </GridContext>
  );
});
