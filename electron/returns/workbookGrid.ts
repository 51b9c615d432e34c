/**
 * A small, self-contained workbook reader for returns: the cells as values (formulas through their cached
 * results), their number formats, and which sheets are hidden. .xlsx goes through exceljs; .xls, .ods and
 * anything exceljs cannot open go through SheetJS. (No general reader exists in electron/imports/ yet.)
 */
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { DomainError } from '../../shared/api/result.ts';
import { identifyFile } from '../imports/fileChecks.ts';

let zlibReady = false;
/** Lets SheetJS inflate with Node's zlib; done on first use because it prints a deprecation notice. */
function useZlib(): void {
  if (zlibReady) return;
  XLSX.CFB.utils.use_zlib(zlib);
  zlibReady = true;
}

export type CellValue = number | string | boolean | Date | { error: string } | null;
export interface GridCell {
  value: CellValue;
  numFmt: string;
}
export interface GridSheet {
  name: string;
  hidden: boolean;
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): GridCell | undefined;
}

/** Returns are one page; anything far larger is not a return, and is not worth the memory. */
const maxRows = 2000;
const maxCols = 40;
export const maxFileBytes = 20 * 1024 * 1024;

const notAWorkbook = () =>
  new DomainError(
    'VALIDATION',
    'Tệp không phải bảng tính Excel đọc được (.xlsx hoặc .xls); hãy mở và lưu lại bằng Excel.',
  );

export function cellAddress(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function fromExcelValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    // exceljs keeps a cached 0 in value.result where a falsy check would lose it; cell.result reads it right.
    const result = cell.result as ExcelJS.CellValue;
    if (result === null || result === undefined) return null;
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result)
      return { error: String(result.error) };
    return typeof result === 'object' && !(result instanceof Date) ? cell.text : result;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return { error: String(value.error) };
  if ('text' in value) return typeof value.text === 'string' ? value.text : cell.text;
  return cell.text;
}

async function readWithExcelJs(bytes: Buffer): Promise<GridSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => {
    const rowCount = Math.min(ws.rowCount, maxRows);
    const colCount = Math.min(ws.columnCount, maxCols);
    return {
      name: ws.name,
      hidden: ws.state !== 'visible',
      rowCount,
      colCount,
      cell(row, col) {
        if (row > rowCount || col > colCount) return undefined;
        const cell = ws.findCell(row, col);
        if (!cell) return undefined;
        // A merged area's other cells repeat the master's value; only the master holds it.
        if (cell.isMerged && cell.master !== cell) return undefined;
        return { value: fromExcelValue(cell), numFmt: cell.numFmt ?? '' };
      },
    };
  });
}

function readWithSheetJs(bytes: Buffer): GridSheet[] {
  useZlib();
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      cellNF: true,
      cellDates: true,
      sheetRows: maxRows,
      dense: false,
    });
  } catch {
    throw notAWorkbook();
  }
  return wb.SheetNames.map((name, index) => {
    const ws = wb.Sheets[name]!;
    const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : null;
    return {
      name,
      hidden: (wb.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
      rowCount: range ? Math.min(range.e.r + 1, maxRows) : 0,
      colCount: range ? Math.min(range.e.c + 1, maxCols) : 0,
      cell(row, col) {
        const cell = ws[cellAddress(row, col)] as XLSX.CellObject | undefined;
        if (!cell || cell.t === 'z') return undefined;
        const numFmt = typeof cell.z === 'string' ? cell.z : '';
        if (cell.t === 'e') return { value: { error: cell.w ?? '#ERR' }, numFmt };
        const v = cell.v;
        if (v === undefined) return undefined;
        return { value: v instanceof Date || typeof v !== 'object' ? v : null, numFmt };
      },
    };
  });
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isCfb = (b: Buffer) =>
  b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0 && b.readUInt32BE(4) === 0xa1b11ae1;

/** The sheets of an Excel file; refuses anything that is not one, with a sentence the clerk can act on. */
export async function readGrid(bytes: Buffer): Promise<GridSheet[]> {
  if (bytes.length === 0) throw new DomainError('VALIDATION', 'Tệp rỗng; hãy gửi lại tệp biểu số liệu.');
  if (bytes.length > maxFileBytes)
    throw new DomainError('VALIDATION', 'Tệp quá lớn (trên 20 MB) để là một biểu số liệu.');
  // The same checks as list imports (declared and real inflated sizes, XML depth, encryption, a Word file
  // renamed), so a hostile return is refused before exceljs or SheetJS inflate it.
  if (isZip(bytes) || isCfb(bytes)) identifyFile(bytes, 'biểu số liệu.xlsx');
  if (isZip(bytes)) {
    try {
      return await readWithExcelJs(bytes);
    } catch {
      return readWithSheetJs(bytes);
    }
  }
  if (isCfb(bytes)) {
    const sheets = readWithSheetJs(bytes);
    if (sheets.length === 0) throw notAWorkbook();
    return sheets;
  }
  // SheetJS would read text and HTML as a "workbook"; a return is never one.
  throw notAWorkbook();
}
