/**
 * Finds the list inside a province's sheet: which visible sheet, which row holds the headings (below the
 * national header and title), whether a second heading row hangs under merged cells, which column is which
 * field; then sorts the rows below into data, section headings, totals and the signature block.
 */
import { DomainError } from '../../shared/api/result.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import { foldLabel, matchHeader, type HeaderSpec } from './headers.ts';
import type { CellValue, MergeRange, Sheet, Workbook } from './workbook.ts';

/** A sheet's cells with each merged range's value visible in every cell it covers. */
export class ExpandedSheet {
  private readonly byRow = new Map<number, CellValue[]>();
  private readonly mergesByRow = new Map<number, MergeRange[]>();

  constructor(readonly sheet: Sheet) {
    for (const row of sheet.rows) this.byRow.set(row.row, row.cells);
    const lastRow = sheet.rows.at(-1)?.row ?? 0;
    for (const merge of sheet.merges) {
      // A merge may claim a million rows; only rows that exist can use it.
      for (let r = merge.top; r <= Math.min(merge.bottom, lastRow); r++) {
        const list = this.mergesByRow.get(r) ?? [];
        list.push(merge);
        this.mergesByRow.set(r, list);
      }
    }
  }

  value(row: number, column: number): CellValue {
    const own = this.byRow.get(row)?.[column - 1] ?? null;
    if (own !== null) return own;
    const merge = this.mergesByRow.get(row)?.find((m) => column >= m.left && column <= m.right);
    return merge ? (this.byRow.get(merge.top)?.[merge.left - 1] ?? null) : null;
  }

  private readonly foldedTexts = new Map<string, string>();

  /** foldForSearch, remembered: a list repeats its positions, units and award forms row after row. */
  fold(text: string): string {
    let folded = this.foldedTexts.get(text);
    if (folded === undefined) {
      folded = foldForSearch(text);
      if (this.foldedTexts.size < 100_000) this.foldedTexts.set(text, folded);
    }
    return folded;
  }

  text(row: number, column: number): string {
    const value = this.value(row, column);
    return value === null ? '' : String(value).replace(/\s+/gu, ' ').trim();
  }

  /** Is this cell part of a merged range that also covers the row below it? */
  mergedDown(row: number, column: number): boolean {
    return (this.mergesByRow.get(row) ?? []).some(
      (m) => column >= m.left && column <= m.right && m.bottom > row,
    );
  }

  width(row: number): number {
    const merges = this.mergesByRow.get(row) ?? [];
    return Math.max(this.byRow.get(row)?.length ?? 0, ...merges.map((m) => m.right));
  }
}

export interface Layout<F extends string> {
  sheet: ExpandedSheet;
  /** The first heading row (1-based). */
  headerRow: number;
  /** The last heading row: data starts below it. */
  headerEnd: number;
  columns: Map<F, number>;
}

/** How many heading rows above the list are worth looking through. */
const headerSearchRows = 40;

function matchRow<F extends string>(
  grid: ExpandedSheet,
  specs: HeaderSpec<F>[],
  row: number,
  twoRows: boolean,
) {
  const columns = new Map<F, number>();
  const taken = new Set<F>();
  const width = Math.max(grid.width(row), twoRows ? grid.width(row + 1) : 0);
  for (let c = 1; c <= width; c++) {
    const top = foldLabel(grid.text(row, c));
    let sub = twoRows ? foldLabel(grid.text(row + 1, c)) : '';
    if (sub === top) sub = '';
    if (top.length > 80 || sub.length > 80) continue;
    const field = matchHeader(specs, top, sub, taken);
    if (field) {
      columns.set(field, c);
      taken.add(field);
    }
  }
  return columns;
}

/** Finds the list's sheet and headings; refuses in one sentence when no visible sheet has them. */
export function detectLayout<F extends string>(
  workbook: Workbook,
  specs: HeaderSpec<F>[],
  nameField: F,
  what: string,
): Layout<F> {
  let best: (Layout<F> & { score: number }) | null = null;
  for (const sheet of workbook.sheets) {
    if (sheet.hidden) continue;
    const grid = new ExpandedSheet(sheet);
    for (const { row } of sheet.rows.slice(0, headerSearchRows)) {
      for (const twoRows of [false, true]) {
        if (twoRows && !grid.width(row + 1)) continue;
        const columns = matchRow(grid, specs, row, twoRows);
        if (!columns.has(nameField)) continue;
        // A second row counts only when it adds fields the first row alone did not give.
        const score = columns.size + (twoRows ? -0.5 : 0);
        if (!best || score > best.score)
          best = { sheet: grid, headerRow: row, headerEnd: twoRows ? row + 1 : row, columns, score };
      }
    }
  }
  if (!best || best.score < 2)
    throw new DomainError(
      'VALIDATION',
      `Không tìm thấy bảng ${what} trong tệp: cần một dòng tiêu đề có cột "Họ và tên" và các cột khác như "Chức vụ", "Đơn vị".`,
    );
  return best;
}

export type RowKind = 'data' | 'section' | 'total' | 'numbering' | 'footer' | 'blank';

const footerPattern =
  /^(noi nhan|nguoi lap( bieu)?|thu truong|tm\.|kt\.|t\/m|k\/t|xac nhan|ky ten|\(ky|ghi chu\s*:|[^,]{2,40}, ngay .{0,6} thang)/u;
const totalPattern = /^(tong cong|cong|tong so|tong)\b/u;
const sectionPattern = /^(([ivxlc]+|[a-z]|\d{1,2})[.)/]\s*\S|[ivxlc]+$)/u;

/** What a row below the headings is. `indexColumn` is the STT column when there is one. */
export function classifyRow(
  grid: ExpandedSheet,
  row: number,
  nameColumn: number,
  indexColumn?: number,
): RowKind {
  // The common case, decided cheaply: a numbered row with a name in it is an entry of the list.
  const numbered = indexColumn ? grid.value(row, indexColumn) : null;
  const named = grid.value(row, nameColumn);
  const isNumber = typeof numbered === 'number' || /^\d{1,5}\.?$/u.test(String(numbered ?? '').trim());
  if (isNumber && typeof named === 'string' && !/^\(?\d{1,2}\)?$/u.test(named.trim())) return 'data';
  const width = grid.width(row);
  const texts: string[] = [];
  const folded: string[] = [];
  for (let c = 1; c <= width; c++) {
    const value = grid.value(row, c);
    const text = grid.text(row, c);
    if (!text || texts.at(-1) === text) continue;
    texts.push(text);
    folded.push(typeof value === 'string' ? grid.fold(text) : text);
  }
  if (texts.length === 0) return 'blank';
  if (folded.some((t) => footerPattern.test(t))) return 'footer';
  if (texts.length >= 3 && texts.every((t) => /^\(?\d{1,2}\)?$/u.test(t))) return 'numbering';
  const index = indexColumn ? grid.text(row, indexColumn) : '';
  const name = grid.text(row, nameColumn);
  if (totalPattern.test(grid.fold(name || texts[0]!)) && !/^\d+$/u.test(index)) return 'total';
  if (texts.length <= 2) {
    const joined = folded.join(' ');
    const capitals = /\p{Lu}/u.test(name) && name === name.toLocaleUpperCase('vi') && name.includes(' ');
    if (sectionPattern.test(joined) || /^[ivxlc]+$/u.test(grid.fold(index)) || capitals) return 'section';
  }
  return 'data';
}

/** The section heading's words without its numbering: "II. CÁ NHÂN" → "CÁ NHÂN". */
export function sectionTitle(grid: ExpandedSheet, row: number): string {
  const texts = new Set<string>();
  for (let c = 1; c <= grid.width(row); c++) if (grid.text(row, c)) texts.add(grid.text(row, c));
  return [...texts]
    .join(' ')
    .replace(/^(([IVXLC]+|[A-Za-z]|\d{1,2})[.)/]?\s+)/u, '')
    .trim();
}
