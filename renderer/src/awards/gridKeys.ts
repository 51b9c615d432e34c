/**
 * The award table's keyboard, as in a spreadsheet. Keys are read on the table's wrapper only when they come
 * from a cell (or the wrapper): an open editor handles its own keys.
 */
import { useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';
import type { VirtualGridHandle } from '../app/VirtualGrid.tsx';
import { gridColumns } from './gridColumns.ts';
import { across, moveFor } from './gridMoves.ts';
import type { GridStore } from './gridStore.ts';

interface Options {
  store: GridStore;
  gridRef: RefObject<VirtualGridHandle | null>;
  onEdit: (entry: AwardEntry) => void;
  onDelete: (ids: number[]) => void;
}

export interface GridKeys {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  /** Tab's move: the next (or previous) cell, wrapping to the next row. False at either end of the list. */
  moveAcross: (step: 1 | -1) => boolean;
  /** Focus arrived on the table: back to the active cell, or the first cell. */
  enter: () => void;
}

const isPrintable = (event: KeyboardEvent) =>
  event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ';

export function useGridKeys({ store, gridRef, onEdit, onDelete }: Options): GridKeys {
  return useMemo(() => {
    const lastColumn = gridColumns.length - 1;
    const position = () => {
      const active = store.active;
      if (!active) return null;
      const row = store.indexOf(active.id);
      const column = gridColumns.findIndex((c) => c.key === active.column);
      return row < 0 || column < 0 ? null : { row, column };
    };
    const go = (row: number, column: number) => {
      const rows = store.rows;
      if (rows.length === 0) return;
      const r = Math.max(0, Math.min(rows.length - 1, row));
      store.activate({
        id: rows[r]!.id,
        column: gridColumns[Math.max(0, Math.min(lastColumn, column))]!.key,
      });
      // Scrolls only when the row is out of view; the cell takes focus once it is drawn.
      gridRef.current?.scrollToRow(r);
    };
    const moveAcross = (step: 1 | -1): boolean => {
      const at = position();
      if (!at) return false;
      const to = across(at, step, store.rows.length, gridColumns.length);
      if (!to) return false;
      go(to.row, to.column);
      return true;
    };
    const enter = () => {
      const at = position();
      go(at?.row ?? 0, at?.column ?? 1);
    };

    const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target as HTMLElement;
      if (target !== event.currentTarget && !target.classList.contains('award-cell')) return;
      if (store.editing) return;
      const at = position();
      if (!at) {
        if (/^(Arrow|Page|Home|End)/u.test(event.key)) {
          event.preventDefault();
          enter();
        }
        return;
      }
      const entry = store.rows[at.row]!;
      const column = gridColumns[at.column]!;
      const { key } = event;
      const handled = () => event.preventDefault();
      const moved = moveFor(key, event.ctrlKey, at, store.rows.length, gridColumns.length);
      if (moved) go(moved.row, moved.column);
      else if (key === 'Tab') {
        // At either end of the list Tab leaves the table as usual.
        if (!moveAcross(event.shiftKey ? -1 : 1)) return;
      } else if (key === ' ') store.toggle(entry.id, event.shiftKey);
      else if (key === 'Delete') {
        const selected = store.selected;
        onDelete(selected.has(entry.id) ? [...selected] : [entry.id]);
      } else if (key === 'Escape') store.dismissError();
      else if (key === 'Enter' || key === 'F2') {
        if (column.edit) store.startEditing({ id: entry.id, column: column.key, typed: null });
        else onEdit(entry);
      } else if (isPrintable(event) && column.edit) {
        store.startEditing({ id: entry.id, column: column.key, typed: event.key });
      } else return;
      handled();
    };

    return { onKeyDown, moveAcross, enter };
  }, [store, gridRef, onEdit, onDelete]);
}
