/**
 * Walks the rows of a detected list: skips blanks, totals and the column-numbering row, remembers the last
 * section heading, and stops at the signature block. Shared by the delegate and award parsers.
 */
import { readWorkbook, type Workbook } from './workbook.ts';
import { columnLetter } from './grid.ts';
import { classifyRow, detectLayout, sectionTitle, type ExpandedSheet, type Layout } from './layout.ts';
import type { HeaderSpec } from './headers.ts';

/** A problem shown against its row and column ("C"), in Vietnamese. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ParseResult<R> {
  file: string;
  sheet: string;
  headerRow: number;
  records: R[];
  problems: ImportProblem[];
}

export interface RowContext<F extends string> {
  grid: ExpandedSheet;
  row: number;
  section: string;
  column(field: F): number | undefined;
  value(field: F): ReturnType<ExpandedSheet['value']>;
  problem(field: F | null, message: string): void;
}

export async function parseList<F extends string, R>(
  file: string | Workbook,
  specs: HeaderSpec<F>[],
  nameField: F,
  what: string,
  toRecord: (context: RowContext<F>) => R | null,
): Promise<ParseResult<R>> {
  const workbook = typeof file === 'string' ? await readWorkbook(file) : file;
  const layout: Layout<F> = detectLayout(workbook, specs, nameField, what);
  const { sheet: grid, columns } = layout;
  const problems: ImportProblem[] = [];
  const records: R[] = [];
  const nameColumn = columns.get(nameField)!;
  let section = '';
  for (const { row } of grid.sheet.rows) {
    if (row <= layout.headerEnd) continue;
    const kind = classifyRow(grid, row, nameColumn, columns.get('index' as F));
    if (kind === 'footer') break;
    if (kind === 'section') section = sectionTitle(grid, row);
    if (kind !== 'data') continue;
    const record = toRecord({
      grid,
      row,
      section,
      column: (field) => columns.get(field),
      value: (field) => {
        const column = columns.get(field);
        return column ? grid.value(row, column) : null;
      },
      problem: (field, message) => {
        const column = field ? columns.get(field) : undefined;
        problems.push({ row, column: column ? columnLetter(column) : '', message });
      },
    });
    if (record) records.push(record);
  }
  return { file: workbook.file, sheet: grid.sheet.name, headerRow: layout.headerRow, records, problems };
}
