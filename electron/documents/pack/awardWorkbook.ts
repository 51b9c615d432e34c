/**
 * Danh sách khen thưởng (Excel): the same grouping as the Word list, in one sheet set up for A4 with the header
 * row repeated on every printed page (print titles) and the columns fitted to the page width.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { DomainError } from '../../../shared/api/result.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';
import { font, upper } from '../layout/index.ts';
import { zipParts } from '../layout/zipParts.ts';
import type { PackData } from './data.ts';
import { awardGroups, decisionText, entryNumbers, positionAndUnit } from './awardGroups.ts';
import { awardsMissing } from './awardList.ts';
import { roman } from './parts.ts';

const headerRow = 5;
const thin = { style: 'thin' } as const;
const grid = { top: thin, left: thin, bottom: thin, right: thin };

export async function buildAwardWorkbook(data: PackData): Promise<Buffer> {
  const missing = awardsMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const groups = awardGroups(data.awards);
  const numbers = entryNumbers(groups);
  const book = new ExcelJS.Workbook();
  book.creator = 'Thư ký Hội nghị';
  const sheet = book.addWorksheet('Danh sách khen thưởng', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.79, right: 0.59, top: 0.79, bottom: 0.59, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  const base = { name: font, size: 12 };
  sheet.columns = [
    { key: 'no', width: 7 },
    { key: 'name', width: 34 },
    { key: 'position', width: 46 },
    { key: 'member', width: 16 },
    { key: 'decision', width: 28 },
  ].map((c) => ({ ...c, style: { font: base, alignment: { vertical: 'top', wrapText: true } } }));

  const title = (row: number, text: string, size: number, bold = true) => {
    sheet.mergeCells(row, 1, row, 5);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { ...base, size, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  title(1, upper(data.settings.issuingBody), 12);
  title(2, 'DANH SÁCH KHEN THƯỞNG', 14);
  title(3, `Tại ${data.conference.title} (tổng số ${formatNumber(data.awardStatistics.total)})`, 13, false);

  const header = sheet.getRow(headerRow);
  header.values = [
    'STT',
    'Tên tập thể, họ và tên cá nhân',
    'Chức vụ, đơn vị',
    'Đơn vị đề nghị',
    'Quyết định',
  ];
  header.eachCell((cell) => {
    cell.font = { ...base, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = grid;
  });

  // Entry cells share two style objects (never changed afterwards): exceljs recognises a style object it has
  // seen and skips writing out and comparing its XML, which for 35,000 cells was most of the workbook's time.
  const textStyle: Partial<ExcelJS.Style> = {
    font: base,
    alignment: { vertical: 'top', wrapText: true },
    border: grid,
  };
  const numberStyle: Partial<ExcelJS.Style> = {
    ...textStyle,
    alignment: { horizontal: 'center', vertical: 'top' },
  };
  const group = (text: string, no: string, italic: boolean) => {
    const row = sheet.addRow([no, text]);
    sheet.mergeCells(row.number, 2, row.number, 5);
    row.font = { ...base, bold: true, italic };
    for (let c = 1; c <= 5; c++) row.getCell(c).border = grid;
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
  };
  groups.forEach((form, index) => {
    group(`${form.name} (${formatNumber(form.total)})`, roman(index + 1), false);
    for (const kind of form.kinds) {
      group(`${kind.label}: ${formatNumber(kind.entries.length)}`, '', true);
      for (const e of kind.entries) {
        const row = sheet.addRow([
          numbers.get(e.id),
          e.recipientName,
          positionAndUnit(e),
          e.memberName ?? '',
          decisionText(e),
        ]);
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cell.style = c === 1 ? numberStyle : textStyle;
        });
      }
    }
  });
  // exceljs zips through JSZip and pako, in JavaScript on the main thread: it stores the parts and Node's zlib
  // deflates them instead.
  const stored = await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return zipParts(Object.entries(unzipSync(new Uint8Array(stored))));
}
