/**
 * The award table's spreadsheet state — selected rows, the active cell, the open editor, a refused edit's
 * message — held outside React state on purpose: each cell subscribes to its own slice
 * (useSyncExternalStore), so moving the active cell or ticking a checkbox redraws two cells, not the
 * 10,000-row table.
 */
import { useSyncExternalStore } from 'react';
import type { AwardEntry } from '../../../shared/api/schemas/awards.ts';

/** A cell by row id and column key, so it survives filtering and sorting. */
export interface CellAddress {
  id: number;
  column: string;
}

export interface Editing extends CellAddress {
  /** The key that started editing (typed over the value, as in a spreadsheet); null = edit the value. */
  typed: string | null;
}

export interface CellError extends CellAddress {
  message: string;
}

export type HeaderState = 'none' | 'some' | 'all';

type Listener = () => void;

const same = (a: CellAddress | null, id: number, column: string) => a?.id === id && a.column === column;

export class GridStore {
  private listeners = new Set<Listener>();
  rows: readonly AwardEntry[] = [];
  private indexOfId: Map<number, number> | null = null;
  selected: ReadonlySet<number> = new Set();
  /** The row of the last plain click or Space: the start of a shift-click range. */
  anchor: number | null = null;
  active: CellAddress | null = null;
  editing: Editing | null = null;
  error: CellError | null = null;
  /** Set when the active cell moved by keyboard or click: the cell takes DOM focus once it is drawn. */
  private focusPending = false;
  private header: { rows: readonly AwardEntry[]; selected: ReadonlySet<number>; state: HeaderState } | null =
    null;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  setRows(rows: readonly AwardEntry[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.indexOfId = null;
    // The active cell may be filtered out: it must not grab focus from the search box when it comes back.
    this.focusPending = false;
    this.emit();
  }

  /** The row's place in the rows shown now; -1 when it is filtered out. */
  indexOf(id: number): number {
    this.indexOfId ??= new Map(this.rows.map((e, i) => [e.id, i]));
    return this.indexOfId.get(id) ?? -1;
  }

  setSelected(next: ReadonlySet<number>): void {
    this.selected = next;
    this.emit();
  }

  /** A click or Space on one row's checkbox; with Shift, every row between the anchor and this one follows it. */
  toggle(id: number, range: boolean): void {
    const next = new Set(this.selected);
    const on = !next.has(id);
    const from = range && this.anchor !== null ? this.indexOf(this.anchor) : -1;
    const to = this.indexOf(id);
    if (from >= 0 && to >= 0) {
      for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
        const rowId = this.rows[i]!.id;
        if (on) next.add(rowId);
        else next.delete(rowId);
      }
    } else if (on) next.add(id);
    else next.delete(id);
    this.anchor = id;
    this.setSelected(next);
  }

  /** The header checkbox: select every row shown, or unselect them when all are already selected. */
  toggleAllShown(): void {
    const next = new Set(this.selected);
    if (this.headerState() === 'all') for (const e of this.rows) next.delete(e.id);
    else for (const e of this.rows) next.add(e.id);
    this.setSelected(next);
  }

  headerState(): HeaderState {
    const h = this.header;
    if (h && h.rows === this.rows && h.selected === this.selected) return h.state;
    let count = 0;
    for (const e of this.rows) if (this.selected.has(e.id)) count++;
    const state = count === 0 ? 'none' : count === this.rows.length ? 'all' : 'some';
    this.header = { rows: this.rows, selected: this.selected, state };
    return state;
  }

  /** True once after the active cell moved: its cell, when drawn, takes DOM focus. */
  takeFocus(): boolean {
    const pending = this.focusPending;
    this.focusPending = false;
    return pending;
  }

  activate(cell: CellAddress | null, focus = true): void {
    this.active = cell;
    this.focusPending = focus && cell !== null;
    if (this.error && (cell?.id !== this.error.id || cell.column !== this.error.column)) this.error = null;
    this.emit();
  }

  startEditing(editing: Editing | null): void {
    this.editing = editing;
    if (editing) this.error = null;
    this.emit();
  }

  /** Closes the editor; the active cell takes focus back. */
  stopEditing(): void {
    this.editing = null;
    this.focusPending = true;
    this.emit();
  }

  /** Escape on a refused cell: the message goes, the cell keeps focus. */
  dismissError(): void {
    if (!this.error) return;
    if (same(this.active, this.error.id, this.error.column)) this.focusPending = true;
    this.error = null;
    this.emit();
  }

  /** The server refused an edit: the cell keeps its value and shows why (and keeps focus if still active). */
  refuse(error: CellError): void {
    this.error = error;
    if (same(this.active, error.id, error.column)) this.focusPending = true;
    this.emit();
  }
}

export type CellMode = 'idle' | 'active' | 'editing';

/** What one cell shows: plain, active (focus ring) or with its editor open. */
export function useCellMode(store: GridStore, id: number, column: string): CellMode {
  return useSyncExternalStore(store.subscribe, () =>
    same(store.editing, id, column) ? 'editing' : same(store.active, id, column) ? 'active' : 'idle',
  );
}

/** The message of a refused edit on this cell, if any. */
export function useCellError(store: GridStore, id: number, column: string): string | null {
  return useSyncExternalStore(store.subscribe, () =>
    same(store.error, id, column) ? store.error!.message : null,
  );
}

export function useRowSelected(store: GridStore, id: number): boolean {
  return useSyncExternalStore(store.subscribe, () => store.selected.has(id));
}

export function useSelection(store: GridStore): ReadonlySet<number> {
  return useSyncExternalStore(store.subscribe, () => store.selected);
}

export function useHeaderState(store: GridStore): HeaderState {
  return useSyncExternalStore(store.subscribe, () => store.headerState());
}
