/**
 * The virtual grid's arithmetic (VirtualGrid.tsx): which rows to draw for a scroll position and where to scroll
 * to show a row. Pure, so it is tested without a DOM.
 */
export interface RowRange {
  /** First row drawn. */
  start: number;
  /** One past the last row drawn. */
  end: number;
}

/** The rows to draw for a scroll position: those in view, plus `overscan` on each side, within the list. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): RowRange {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight);
  const end = Math.min(rowCount, last + overscan);
  // A scroll position past the end (the list just got shorter) still draws the last screenful.
  const start = Math.max(0, Math.min(first - overscan, end - Math.ceil(viewport / rowHeight) - overscan));
  return { start, end: Math.max(start, end) };
}

/** The scroll position that shows row `index` whole while moving as little as possible (unchanged if in view). */
export function scrollTopFor(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const bottom = top + rowHeight;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
