import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { buildAwardWorkbook } from '../../../electron/documents/pack/awardWorkbook.ts';
import { loadPackData } from '../../../electron/documents/pack/data.ts';
import { freshDb } from '../support/db.ts';
import { options } from './packSupport.ts';

describe('danh sách khen thưởng (Excel) written with shared cell styles and Node’s zlib', () => {
  it('keeps every entry cell gridded, in Times New Roman, numbers centred and text wrapped', async () => {
    const { db } = freshDb();
    const { conferenceId } = seedDemo(db);
    const data = loadPackData(db, conferenceId, options());
    const file = await buildAwardWorkbook(data);
    // The parts are deflated again after exceljs stored them: the file is a fraction of their size.
    const parts = Object.values(unzipSync(new Uint8Array(file)));
    expect(file.length).toBeLessThan(parts.reduce((s, p) => s + p.length, 0) / 4);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    // Row 6 is the first form, 7 its first kind, 8 the first entry; the last row is an entry too.
    for (const row of [8, sheet.rowCount]) {
      const number = sheet.getCell(row, 1);
      expect(typeof number.value).toBe('number');
      expect(number.alignment).toMatchObject({ horizontal: 'center', vertical: 'top' });
      for (let c = 1; c <= 5; c++) {
        const cell = sheet.getCell(row, c);
        expect(cell.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
        expect(cell.font).toMatchObject({ name: 'Times New Roman', size: 12 });
        if (c > 1) expect(cell.alignment).toMatchObject({ vertical: 'top', wrapText: true });
      }
    }
    expect(sheet.getCell(8, 2).value).toBe(
      data.awards.find((a) => a.awardFormName === 'Huân chương Lao động hạng Ba')!.recipientName,
    );
    // The title rows keep no grid.
    expect(sheet.getCell(2, 1).border?.top).toBeUndefined();
  });
});
