/**
 * Legacy .xls (BIFF2–8), .ods, HTML/XML tables saved as .xls, and the .xlsx packages exceljs cannot open,
 * through SheetJS (`@e965/xlsx` 0.20.3; never xlsx@0.18.5). It gives no fonts, so legacy text is recognised
 * from the text alone. Its zip inflation goes through Node's zlib, which the file checks have already bounded.
 */
import { XLSX } from './sheetjs.ts';
import { DomainError } from '../../shared/api/result.ts';
import { messages } from './fileChecks.ts';
import { GridBuilder, isoFromDate, type CellValue } from './grid.ts';

function convert(builder: GridBuilder, cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 'n':
    case 'b':
      return cell.v as number | boolean;
    case 'd':
      return cell.v instanceof Date ? isoFromDate(cell.v) : builder.text([{ text: String(cell.v) }]);
    case 's':
      return builder.text([{ text: String(cell.v ?? '') }]);
    case 'e':
      return cell.w ?? '#N/A';
    default:
      return null;
  }
}

export async function readWithSheetjs(data: Buffer): Promise<GridBuilder> {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(data, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellNF: false,
      cellHTML: false,
    });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new DomainError(
      'VALIDATION',
      /password|encrypt/iu.test(text) ? messages.encrypted : messages.corrupt,
    );
  }
  const builder = new GridBuilder();
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name];
    const hidden = Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden);
    const merges = (sheet?.['!merges'] ?? []).map((m) => ({
      top: m.s.r + 1,
      left: m.s.c + 1,
      bottom: m.e.r + 1,
      right: m.e.c + 1,
    }));
    builder.startSheet(name, hidden, merges);
    const rows = sheet?.['!data'] ?? [];
    rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (cell) builder.set(r + 1, c + 1, convert(builder, cell));
      });
    });
  });
  return builder;
}
