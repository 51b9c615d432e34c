/**
 * One shape for every spreadsheet a province sends: sheets of rows of plain cell values, text already decoded
 * from TCVN3/VNI to Unicode NFC, dates as ISO strings, merged ranges kept apart. The readers (exceljs, SheetJS,
 * CSV) fill it through a GridBuilder, which also enforces the cell and column limits while it fills.
 */
import { DomainError } from '../../shared/api/result.ts';
import { decodeCellText, type TextEncoding } from '../../shared/text/legacyEncodings.ts';
import { messages, type FileKind } from './fileChecks.ts';
import { importLimits } from './limits.ts';

/** A cell as the app reads it: text (NFC), a number, a boolean, a date as "YYYY-MM-DD", or empty. */
export type CellValue = string | number | boolean | null;

export interface SheetRow {
  /** 1-based, as Excel numbers rows. */
  row: number;
  /** cells[0] is column A. */
  cells: CellValue[];
}

/** A merged range, 1-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Only the rows that hold something, in order. */
  rows: SheetRow[];
  merges: MergeRange[];
}

export interface Workbook {
  file: string;
  format: FileKind;
  /** The legacy encodings found in the cells, or "unicode". */
  encoding: string;
  sheets: Sheet[];
}

/** Excel's "A", "B", … "AA" for a 1-based column. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "B3:C4" → a range; null for anything else. */
export function parseRange(ref: string): MergeRange | null {
  const match = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/u.exec(ref.replace(/\$/gu, '').toUpperCase());
  if (!match) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = col(match[1]!);
  return { top, left, bottom: match[4] ? Number(match[4]) : top, right: match[3] ? col(match[3]) : left };
}

/** A date as Excel showed it, read in UTC (both libraries hand dates over as UTC midnights). */
export function isoFromDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** Collects one workbook's cells, decoding text and counting against the limits as it goes. */
export class GridBuilder {
  readonly sheets: Sheet[] = [];
  readonly encodings = new Set<TextEncoding>();
  private cellCount = 0;
  private current: Sheet | null = null;
  private rowsByNumber = new Map<number, SheetRow>();

  startSheet(name: string, hidden: boolean, merges: MergeRange[]): void {
    if (this.sheets.length >= importLimits.sheets)
      throw new DomainError('VALIDATION', messages.tooBig(`hơn ${importLimits.sheets} trang tính`));
    this.finishSheet();
    this.current = { name, hidden, rows: [], merges };
    this.sheets.push(this.current);
  }

  /** Text is decoded here, run by run when a cell mixes fonts. */
  text(runs: { text: string; font?: string }[]): string {
    let out = '';
    for (const run of runs) out += this.decodeRun(run.text, run.font);
    return out.length > importLimits.cellCharacters ? out.slice(0, importLimits.cellCharacters) : out;
  }

  /** Lists repeat the same positions, units and award forms thousands of times: decode each text once per font. */
  private readonly decodedByFont = new Map<string, Map<string, string>>();
  private decodedCount = 0;

  private decodeRun(raw: string, font: string | undefined): string {
    if (/^[\x20-\x7e]*$/u.test(raw)) return raw;
    let decoded = this.decodedByFont.get(font ?? '');
    if (!decoded) this.decodedByFont.set(font ?? '', (decoded = new Map()));
    let text = decoded.get(raw);
    if (text === undefined) {
      const result = decodeCellText(raw.replace(/\r\n?/gu, '\n'), font);
      if (result.encoding !== 'unicode') this.encodings.add(result.encoding);
      text = result.text;
      if (++this.decodedCount < 100_000) decoded.set(raw, text);
    }
    return text;
  }

  set(row: number, column: number, value: CellValue): void {
    if (value === null || value === '' || !this.current) return;
    if (column > importLimits.columns)
      throw new DomainError(
        'VALIDATION',
        `Trang "${this.current.name}" có dữ liệu ở cột ${columnLetter(column)}, quá xa so với một danh sách; hãy xóa các cột thừa rồi lưu lại.`,
      );
    if (++this.cellCount > importLimits.cells)
      throw new DomainError(
        'VALIDATION',
        messages.tooBig(`hơn ${importLimits.cells.toLocaleString('vi-VN')} ô có dữ liệu`),
      );
    let target = this.rowsByNumber.get(row);
    if (!target) {
      target = { row, cells: [] };
      this.rowsByNumber.set(row, target);
      this.current.rows.push(target);
    }
    while (target.cells.length < column - 1) target.cells.push(null);
    target.cells[column - 1] = value;
  }

  finishSheet(): void {
    if (this.current) this.current.rows.sort((a, b) => a.row - b.row);
    this.rowsByNumber = new Map();
  }

  get isEmpty(): boolean {
    return this.cellCount === 0;
  }
}

export const encodingLabel = (encodings: Set<TextEncoding>) =>
  encodings.size === 0 ? 'unicode' : [...encodings].sort().join('+');
