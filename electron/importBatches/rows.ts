/** What both kinds of list share when their records become preview rows and write plans. */
import type { z } from 'zod';
import type { ImportAction, ImportPreview } from '../../shared/api/methods/imports.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import type { ExpandedSheet } from '../imports/layout.ts';
import type { ImportProblem } from '../imports/listRows.ts';
import type { SheetColumn } from './mapping.ts';

export type PreviewRow = ImportPreview['rows'][number];

/** What the commit does with a row, decided by the preview. */
export interface RowPlan<I, P> {
  row: number;
  existingId: number | null;
  proposed: ImportAction;
  importable: boolean;
  /** The validated input for an add. */
  input: I | null;
  /** The fields an update changes, and what they held before (for undo). */
  patch: P | null;
  previous: P | null;
  /** The row's first problem, quoted when the clerk insists on writing a row that cannot be written. */
  firstProblem: string | null;
}

export interface RowsContext {
  grid: ExpandedSheet;
  columns: SheetColumn[];
  /** Field -> column letter, for the chosen mapping. */
  columnOf: Map<string, string>;
}

export const identity = (...parts: string[]) => parts.map((p) => foldForSearch(p)).join('|');

export function rawCells(ctx: RowsContext, row: number): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const column of ctx.columns) {
    const text = ctx.grid.text(row, column.index);
    if (text) cells[column.column] = text;
  }
  return cells;
}

/** Puts the cleaned value of a field in the cell of the column it came from. */
export function setCell(ctx: RowsContext, cells: Record<string, string>, field: string, value: string): void {
  const column = ctx.columnOf.get(field);
  if (column) cells[column] = value;
}

/**
 * A schema's issues as problems against the columns their fields came from; a cell the reader already
 * complained about is not told twice.
 */
export function schemaProblems(
  ctx: RowsContext,
  row: number,
  error: z.ZodError,
  columnFields: Record<string, string[]>,
  known: ImportProblem[],
  skip: string[] = [],
): ImportProblem[] {
  return error.issues
    .filter((issue) => !skip.includes(String(issue.path[0] ?? '')))
    .map((issue) => {
      const fields = columnFields[String(issue.path[0] ?? '')] ?? [];
      const column = fields.map((f) => ctx.columnOf.get(f)).find(Boolean) ?? '';
      return { row, column, message: issue.message };
    })
    .filter((p) => !known.some((k) => k.row === p.row && k.column === p.column && p.column !== ''));
}

/** Rows the reader dropped (no name, …) still show, with their problems, as rows that cannot be imported. */
export function droppedRows(ctx: RowsContext, problems: ImportProblem[], kept: Set<number>): PreviewRow[] {
  const rows = new Set(problems.filter((p) => !kept.has(p.row)).map((p) => p.row));
  return [...rows].map((row) => ({
    row,
    cells: rawCells(ctx, row),
    gender: null,
    awardFormName: null,
    existingId: null,
    changes: [],
    proposed: 'skip' as const,
    importable: false,
  }));
}

/** Rows repeated inside the same file: the later ones are proposed as skipped, with a note. */
export class DuplicateCheck {
  private readonly seen = new Map<string, number>();
  check(key: string, row: number, problems: ImportProblem[], column: string): boolean {
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, row);
      return false;
    }
    problems.push({ row, column, message: `Trùng với dòng ${first} trong cùng tệp; đề xuất bỏ qua.` });
    return true;
  }
}
