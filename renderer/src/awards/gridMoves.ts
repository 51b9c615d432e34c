/** Where the award table's movement keys take the active cell (gridKeys.ts). Pure, so it is tested without a DOM. */

/** PageUp/PageDown move this many rows (about a screenful of the dense table). */
export const page = 15;

/** A cell by its place in the list shown: row index and column index (of gridColumns). */
export interface Position {
  row: number;
  column: number;
}

/**
 * Where a movement key takes the active cell, clamped to the list: arrows, PageUp/PageDown, Home/End (with
 * Ctrl, to the first or last row). Null for a key that does not move it. Tab is `across`.
 */
export function moveFor(
  key: string,
  ctrl: boolean,
  at: Position,
  rowCount: number,
  columnCount: number,
): Position | null {
  const to = (row: number, column: number) => ({
    row: Math.max(0, Math.min(rowCount - 1, row)),
    column: Math.max(0, Math.min(columnCount - 1, column)),
  });
  if (rowCount === 0 || columnCount === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return to(at.row + 1, at.column);
    case 'ArrowUp':
      return to(at.row - 1, at.column);
    case 'ArrowRight':
      return to(at.row, at.column + 1);
    case 'ArrowLeft':
      return to(at.row, at.column - 1);
    case 'PageDown':
      return to(at.row + page, at.column);
    case 'PageUp':
      return to(at.row - page, at.column);
    case 'Home':
      return to(ctrl ? 0 : at.row, 0);
    case 'End':
      return to(ctrl ? rowCount - 1 : at.row, columnCount - 1);
    default:
      return null;
  }
}

/** Tab's move: the next (or previous) cell, wrapping to the next row; null at either end of the list. */
export function across(at: Position, step: 1 | -1, rowCount: number, columnCount: number): Position | null {
  const flat = at.row * columnCount + at.column + step;
  if (flat < 0 || flat >= rowCount * columnCount) return null;
  return { row: Math.floor(flat / columnCount), column: flat % columnCount };
}
