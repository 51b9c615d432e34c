/**
 * The consolidated table as .xlsx, ready to print and to paste into the report: landscape A4 fitted to the
 * page width, the header frozen, figures kept as numbers with Vietnamese-style formats, each indicator's
 * ranks on the row below it, and a second sheet with the draft sentences.
 */
import ExcelJS from 'exceljs';
import type { Consolidation, ConsolidatedItem } from '../../shared/api/returnSchemas.ts';
import { formatShortDate } from '../../shared/text/vietnamese.ts';

const font = { name: 'Times New Roman', size: 12 } as const;
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** As many decimals as the figures carry (at most 2), so 8,7 stays 8,7 and 6.966 shows no decimals. */
export function numberFormat(item: ConsolidatedItem): string {
  const figures = [...item.cells.map((c) => c.number), item.aggregateValue].filter(
    (n): n is number => n !== null,
  );
  const decimals = Math.min(
    2,
    Math.max(0, ...figures.map((n) => (String(Number(n.toFixed(2))).split('.')[1] ?? '').length)),
  );
  const base = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  return item.type === 'percent' ? `${base}"%"` : base;
}

export async function buildConsolidationWorkbook(
  data: Consolidation,
  clusterName: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thư ký Hội nghị';
  const lastCol = 3 + data.members.length + 1;
  const headerRow = 5;
  const sheet = wb.addWorksheet('Tổng hợp', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', xSplit: 3, ySplit: headerRow }],
  });
  sheet.columns = [
    { width: 6 },
    { width: 46 },
    { width: 14 },
    ...data.members.map(() => ({ width: 12 })),
    { width: 16 },
  ];
  const line = (row: number, text: string, extra: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, lastCol);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { ...font, ...extra };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  line(1, clusterName.toUpperCase(), { bold: true });
  line(2, 'BẢNG TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ TRONG CỤM', { bold: true, size: 14 });
  line(3, `${data.title} — ${data.period}`, { italic: true });
  line(
    4,
    `(Tổng hợp ngày ${formatShortDate(today)} từ biểu số liệu của ${data.receivedCount}/${data.members.length} đơn vị)`,
    { italic: true, size: 11 },
  );

  const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...data.members.map((m) => m.shortName), 'Toàn cụm'];
  header.forEach((text, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = text;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  sheet.getRow(headerRow).height = 32;

  let row = headerRow + 1;
  const style = (r: number, italic = false) => {
    for (let c = 1; c <= lastCol; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = thin;
      cell.font = { ...font, italic };
      cell.alignment = { vertical: 'middle', wrapText: c === 2, horizontal: c > 3 ? 'right' : undefined };
    }
  };
  data.items.forEach((item, index) => {
    const format = numberFormat(item);
    const values = sheet.getRow(row);
    values.getCell(1).value = index + 1;
    values.getCell(2).value = item.name;
    values.getCell(3).value = item.unit;
    // LibreOffice and some Excel builds do not grow wrapped rows by themselves.
    values.height = Math.ceil(Math.max(item.name.length / 48, item.unit.length / 14, 1)) * 16;
    item.cells.forEach((c, i) => {
      const cell = values.getCell(4 + i);
      cell.value = c.number ?? c.text ?? null;
      cell.numFmt = format;
    });
    if (item.aggregateValue !== null) {
      const total = values.getCell(lastCol);
      total.value = item.aggregateValue;
      total.numFmt = format;
      total.note = item.aggregateLabel ?? '';
    }
    style(row);
    row++;
    if (item.type === 'text') return;
    const ranks = sheet.getRow(row);
    ranks.getCell(2).value = item.higherIsBetter
      ? 'Xếp hạng trong cụm'
      : 'Xếp hạng trong cụm (thứ hạng thấp là tốt)';
    item.cells.forEach((c, i) => (ranks.getCell(4 + i).value = c.rank));
    style(row, true);
    row++;
  });

  const notes = wb.addWorksheet('Dự thảo câu văn', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  notes.columns = [{ width: 120 }];
  const order = data.order === 'rank' ? 'theo thứ hạng' : 'theo thứ tự cố định của cụm';
  notes.addRow([`Dự thảo câu văn cho báo cáo (các đơn vị xếp ${order})`]).font = { ...font, bold: true };
  for (const sentence of data.sentences) {
    const r = notes.addRow([sentence]);
    r.font = font;
    r.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
