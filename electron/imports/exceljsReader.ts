/**
 * .xlsx through exceljs, loaded whole (its streaming reader drops merged cells). exceljs is the reader that
 * gives each cell's font — and a `.VnTime` or `VNI-Times` font is the surest sign of legacy-encoded text.
 */
import ExcelJS from 'exceljs';
import { GridBuilder, isoFromDate, parseRange, type CellValue, type MergeRange } from './grid.ts';

type Raw = ExcelJS.CellValue | ExcelJS.CellRichTextValue['richText'] | undefined;

/** Day 1 of Excel's 1900 system is 1900-01-01, but exceljs counts from a day earlier until the fictional 29 Feb 1900. */
const fictionalLeapDay = Date.UTC(1900, 2, 1);

function dateValue(date: Date, date1904: boolean): string | null {
  const fixed = !date1904 && date.getTime() < fictionalLeapDay ? new Date(date.getTime() + 86_400_000) : date;
  return isoFromDate(fixed);
}

function convert(builder: GridBuilder, raw: Raw, cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  const font = cell.font?.name;
  if (typeof raw === 'string') return builder.text([{ text: raw, font }]);
  if (raw instanceof Date) return dateValue(raw, date1904);
  if (Array.isArray(raw))
    return builder.text(raw.map((run) => ({ text: run.text, font: run.font?.name ?? font })));
  if ('richText' in raw) return convert(builder, raw.richText, cell, date1904);
  if ('error' in raw) return String(raw.error);
  if ('formula' in raw || 'sharedFormula' in raw) {
    // value.result drops a cached 0; cell.result keeps it.
    const result = cell.result as ExcelJS.CellValue;
    return typeof result === 'object' && result !== null && !(result instanceof Date) && 'formula' in result
      ? null
      : convert(builder, result, cell, date1904);
  }
  if ('hyperlink' in raw) return convert(builder, raw.text as Raw, cell, date1904);
  return null;
}

export async function readWithExceljs(data: Buffer): Promise<GridBuilder> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  // A package without workbook.xml leaves exceljs with no properties and no sheets.
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const builder = new GridBuilder();
  for (const sheet of workbook.worksheets) {
    const merges = ((sheet.model as { merges?: string[] }).merges ?? [])
      .map(parseRange)
      .filter((range): range is MergeRange => range !== null);
    builder.startSheet(sheet.name, sheet.state !== 'visible', merges);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // The other cells of a merged range repeat the first one's value; keep it once, in the first cell.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        builder.set(rowNumber, column, convert(builder, cell.value, cell, date1904));
      });
    });
  }
  return builder;
}
