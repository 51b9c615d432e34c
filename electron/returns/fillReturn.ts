/**
 * Fills a member's template the way a member would, by code: the demo data, the benchmark and the tests send
 * their figures through the same file round trip as a real member.
 */
import ExcelJS from 'exceljs';
import { markerSheetName } from './templateWorkbook.ts';

export type FilledValue = number | string | { formula: string; result: number };

export async function fillTemplateWorkbook(
  template: Buffer,
  values: Record<string, FilledValue>,
  notes: Record<string, string> = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  const marker = wb.getWorksheet(markerSheetName);
  const sheetName = marker?.getCell('B7').text;
  const sheet = sheetName ? wb.getWorksheet(sheetName) : undefined;
  if (!marker || !sheet) throw new Error('Not a template written by Thư ký Hội nghị.');
  const cells = new Map<string, { value: string; note: string }>();
  marker.eachRow((row) => {
    const code = row.getCell(1).text;
    if (row.getCell(2).text) cells.set(code, { value: row.getCell(2).text, note: row.getCell(3).text });
  });
  for (const [code, value] of Object.entries(values)) {
    const at = cells.get(code);
    if (!at) throw new Error(`The template has no item ${code}.`);
    sheet.getCell(at.value).value = value;
  }
  for (const [code, note] of Object.entries(notes)) {
    const at = cells.get(code);
    if (at?.note) sheet.getCell(at.note).value = note;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
