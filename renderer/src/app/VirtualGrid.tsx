/**
 * A light virtual grid for long lists with rows of one fixed height: a scroll container as tall as all the rows,
 * a sticky header, and only the rows in view (plus an overscan) drawn, each absolutely placed. The caller draws a
 * row by its index (keep that component memoized); the grid hands it a style that places it and lays its cells
 * out in the columns' widths (a CSS grid). Nothing reads layout while rendering: the viewport's height comes
 * from a ResizeObserver, the scroll position from scroll events, and scrolling to a row is arithmetic.
 */
import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ComponentProps,
  type ReactNode,
  type Ref,
  type UIEvent,
} from 'react';
import { scrollTopFor, visibleRange } from './virtualRows.ts';

export interface VirtualGridColumn {
  key: string;
  width: number;
  title: ReactNode;
  align?: 'left' | 'center' | 'right';
  /** The header's aria-sort, for a column the list can be sorted by. */
  sort?: 'ascending' | 'none';
}

export interface VirtualGridHandle {
  /** Scrolls as little as needed for the row to be wholly in view (it is then drawn). */
  scrollToRow: (index: number) => void;
}

// The grid's structure lives here; its look (borders, colours, fonts) is the caller's CSS on the vgrid-* classes.
const gridStyle: CSSProperties = { position: 'relative' };
const scrollerBase: CSSProperties = { overflow: 'auto', position: 'relative' };
const headerBase: CSSProperties = { position: 'sticky', top: 0, zIndex: 2, display: 'grid' };
const headerCellBase: CSSProperties = { display: 'flex', alignItems: 'center', minWidth: 0 };
const rowBase: CSSProperties = { position: 'absolute', left: 0, display: 'grid' };
const emptyBase: CSSProperties = { position: 'absolute', left: 0, right: 0, textAlign: 'center' };
const overlayBase: CSSProperties = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  background: 'rgba(255, 255, 255, 0.5)',
  zIndex: 3,
};

interface Props extends Omit<ComponentProps<'div'>, 'children' | 'ref'> {
  ref?: Ref<VirtualGridHandle>;
  columns: readonly VirtualGridColumn[];
  rowCount: number;
  rowHeight: number;
  headerHeight: number;
  /** The scroll container's height in pixels (the header included). */
  height: number;
  /** Rows drawn beyond each edge of the view, so a fast scroll shows no blank band. */
  overscan?: number;
  /** Draws row `index`; `style` places it (the same object for the same index, so memoized rows stay put). */
  renderRow: (index: number, style: CSSProperties) => ReactNode;
  /** Shown in the body when there are no rows. */
  empty?: ReactNode;
  /** Drawn over the body (a spinner while loading). */
  overlay?: ReactNode;
}

/** role="grid" with rows as role="row" (aria-rowindex counts the header as row 1); other props go to the grid. */
export function VirtualGrid({
  ref,
  columns,
  rowCount,
  rowHeight,
  headerHeight,
  height,
  overscan = 6,
  renderRow,
  empty,
  overlay,
  className,
  ...gridProps
}: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const scrollTop = useRef(0);
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(Math.max(0, height - headerHeight));

  const width = useMemo(() => columns.reduce((sum, c) => sum + c.width, 0), [columns]);
  const template = useMemo(() => columns.map((c) => `${c.width}px`).join(' '), [columns]);

  // One style object per row index, kept while the layout stays, so a memoized row is not redrawn for it.
  const layout = useMemo(
    () => ({ template, width, rowHeight, byIndex: new Map<number, CSSProperties>() }),
    [template, width, rowHeight],
  );
  const styleOf = (index: number) => {
    let style = layout.byIndex.get(index);
    if (!style) {
      style = {
        ...rowBase,
        top: index * layout.rowHeight,
        height: layout.rowHeight,
        width: layout.width,
        gridTemplateColumns: layout.template,
      };
      layout.byIndex.set(index, style);
    }
    return style;
  };
  const headerCells = useMemo(
    () =>
      columns.map((c) => ({
        column: c,
        style:
          c.align && c.align !== 'left' ? { ...headerCellBase, justifyContent: c.align } : headerCellBase,
      })),
    [columns],
  );

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setViewport(Math.max(0, entry.contentRect.height - headerHeight));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [headerHeight]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    scrollTop.current = event.currentTarget.scrollTop;
    setFirst(Math.floor(scrollTop.current / rowHeight));
  };

  useImperativeHandle(
    ref,
    () => ({
      scrollToRow: (index: number) => {
        const next = scrollTopFor(index, scrollTop.current, viewport, rowHeight);
        if (next === scrollTop.current || !scroller.current) return;
        scroller.current.scrollTop = next;
        scrollTop.current = next;
        // Now, not at the scroll event: the row must be drawn for its cell to take focus.
        setFirst(Math.floor(next / rowHeight));
      },
    }),
    [viewport, rowHeight],
  );

  // `first` is the row at the top, maybe partly scrolled away: one row more covers the bottom edge.
  const range = visibleRange(first * rowHeight, viewport + rowHeight, rowHeight, rowCount, overscan);
  const rows: ReactNode[] = [];
  for (let i = range.start; i < range.end; i++) rows.push(renderRow(i, styleOf(i)));

  return (
    <div
      role="grid"
      aria-rowcount={rowCount + 1}
      aria-colcount={columns.length}
      className={className ? `vgrid ${className}` : 'vgrid'}
      style={gridStyle}
      {...gridProps}
    >
      <div
        ref={scroller}
        className="vgrid-scroller"
        style={{ ...scrollerBase, height }}
        tabIndex={-1}
        onScroll={onScroll}
      >
        <div
          role="row"
          aria-rowindex={1}
          className="vgrid-header"
          style={{ ...headerBase, height: headerHeight, width, gridTemplateColumns: template }}
        >
          {headerCells.map(({ column, style }) => (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={column.sort}
              className="vgrid-th"
              style={style}
            >
              {column.title}
            </div>
          ))}
        </div>
        <div className="vgrid-body" style={{ position: 'relative', height: rowCount * rowHeight, width }}>
          {rows}
        </div>
        {rowCount === 0 && empty && (
          <div className="vgrid-empty" style={{ ...emptyBase, top: headerHeight }}>
            {empty}
          </div>
        )}
      </div>
      {overlay && (
        <div className="vgrid-overlay" style={overlayBase}>
          {overlay}
        </div>
      )}
    </div>
  );
}
