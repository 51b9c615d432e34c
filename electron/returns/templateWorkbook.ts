/**
 * The template a member fills in: one .xlsx per member, pre-filled, protected except for the input cells
 * (no password: protection guards the layout, not secrets), validated, printable on A4, and carrying a
 * very hidden sheet that says which conference, member and template version it belongs to.
 */
import ExcelJS from 'exceljs';
import type { Member } from '../../shared/api/schemas.ts';
import type { Conference } from '../../shared/api/schemas.ts';
import type { ReturnItem, ReturnTemplate } from '../../shared/api/returnSchemas.ts';
import { formatNumber, formatShortDate } from '../../shared/text/vietnamese.ts';
import { templateItems } from './returnTemplate.ts';

export const returnSheetName = 'Biểu số liệu';
export const markerSheetName = '_thuky';
export const markerTag = 'thuky-return';
/** Columns of the visible sheet. */
export const columns = { no: 1, code: 2, name: 3, unit: 4, value: 5, note: 6 } as const;
export const valueHeader = 'Số liệu';
export const scoreHeader = 'Điểm tự chấm';

const inputFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export interface TemplateContext {
  template: ReturnTemplate;
  conference: Conference;
  member: Member;
}

export function templateFileName(member: Member): string {
  return `Biểu số liệu - ${member.shortName}.xlsx`.replace(/[\\/:*?"<>|]/gu, '-');
}

function validation(item: ReturnItem): ExcelJS.DataValidation {
  const unit = item.unit ? ` ${item.unit}` : '';
  if (item.type === 'text') {
    return { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [500] };
  }
  const whole = item.type === 'integer' || item.type === 'rank';
  const min = item.min ?? (whole ? 0 : -1e12);
  const max = item.max ?? 1e12;
  const range =
    item.min !== null && item.max !== null
      ? `từ ${formatNumber(item.min)} đến ${formatNumber(item.max)}${unit}`
      : item.min !== null
        ? `từ ${formatNumber(item.min)}${unit} trở lên`
        : 'hợp lệ';
  return {
    type: whole ? 'whole' : 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Số liệu không hợp lệ',
    error: `Nhập ${whole ? 'số nguyên' : 'số'} ${range}.`,
  };
}

function unitLabel(item: ReturnItem): string {
  return item.kind === 'criterion' ? `điểm (tối đa ${formatNumber(item.maxPoints ?? 0)})` : item.unit;
}

function headerRow(sheet: ExcelJS.Worksheet, row: number, labels: string[]): void {
  labels.forEach((text, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = text;
    cell.font = { bold: true, name: 'Times New Roman', size: 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = thin;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
}

function mergedLine(sheet: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>): void {
  sheet.mergeCells(row, 1, row, columns.note);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: 'Times New Roman', size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Writes the member's template; returns the .xlsx bytes. */
export async function buildTemplateWorkbook({
  template,
  conference,
  member,
}: TemplateContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Thư ký Hội nghị';
  const sheet = wb.addWorksheet(returnSheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = [{ width: 6 }, { width: 17 }, { width: 52 }, { width: 16 }, { width: 14 }, { width: 30 }];

  mergedLine(sheet, 1, conference.clusterName.toUpperCase(), { bold: true });
  mergedLine(sheet, 2, template.title.toUpperCase(), { bold: true, size: 14 });
  mergedLine(sheet, 3, `Đơn vị báo cáo: ${member.officialName}`, { bold: true, size: 13 });
  const deadline = template.deadline ? ` — Hạn gửi: ${formatShortDate(template.deadline)}` : '';
  mergedLine(sheet, 4, `Kỳ báo cáo: ${conference.period || conference.year}${deadline}`, { italic: true });
  mergedLine(sheet, 5, template.instructions, { italic: true, size: 11 });
  sheet.getCell(5, 1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  sheet.getRow(5).height = 48;

  const cellMap: [string, string, string][] = [];
  let row = 7;
  const section = (roman: string, title: string, labels: string[]) => {
    headerRow(sheet, row++, labels);
    const cell = sheet.getCell(row, 1);
    cell.value = roman;
    sheet.mergeCells(row, columns.code, row, columns.note);
    const titleCell = sheet.getCell(row, columns.code);
    titleCell.value = title;
    for (const c of [cell, titleCell]) c.font = { bold: true, name: 'Times New Roman', size: 12 };
    row++;
  };
  const items = templateItems(template);
  const groups: [ReturnItem['kind'], string, string, string[]][] = [
    [
      'indicator',
      'I',
      'CHỈ TIÊU GIAO ƯỚC THI ĐUA',
      ['STT', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', valueHeader, 'Ghi chú'],
    ],
    [
      'criterion',
      'II',
      'TIÊU CHÍ THI ĐUA (TỰ CHẤM ĐIỂM)',
      ['STT', 'Mã', 'Tiêu chí', 'Thang điểm', scoreHeader, 'Minh chứng'],
    ],
  ];
  for (const [kind, roman, title, labels] of groups) {
    const own = items.filter((i) => i.kind === kind);
    if (own.length === 0) continue;
    section(roman, title, labels);
    own.forEach((item, index) => {
      const r = sheet.getRow(row);
      r.getCell(columns.no).value = index + 1;
      r.getCell(columns.code).value = item.code;
      r.getCell(columns.name).value = item.required ? `${item.name} (*)` : item.name;
      r.getCell(columns.unit).value = unitLabel(item);
      r.height = Math.ceil(Math.max(item.name.length / 55, 1)) * 16;
      for (let c: number = columns.no; c <= columns.note; c++) {
        const cell = r.getCell(c);
        cell.border = thin;
        cell.font = { name: 'Times New Roman', size: 12 };
        cell.alignment = { vertical: 'middle', wrapText: c === columns.name || c === columns.note };
      }
      const value = r.getCell(columns.value);
      const note = r.getCell(columns.note);
      for (const input of [value, note]) {
        input.protection = { locked: false };
        input.fill = inputFill;
      }
      value.dataValidation = validation(item);
      value.numFmt =
        item.type === 'integer' || item.type === 'rank' ? '#,##0' : item.type === 'text' ? '@' : 'General';
      note.dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [1000],
      };
      cellMap.push([item.code, value.address, note.address]);
      row++;
    });
    row++;
  }
  sheet.getCell(row, columns.name).value = '(*) Chỉ tiêu bắt buộc.';
  sheet.getCell(row, columns.name).font = { italic: true, name: 'Times New Roman', size: 11 };
  sheet.getCell(row + 2, columns.name).value = 'NGƯỜI LẬP BIỂU';
  sheet.getCell(row + 2, columns.unit).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  for (const c of [columns.name, columns.unit]) {
    sheet.getCell(row + 2, c).font = { bold: true, name: 'Times New Roman', size: 12 };
    sheet.getCell(row + 2, c).alignment = { horizontal: 'center' };
  }
  sheet.pageSetup.printTitlesRow = '7:7';
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const marker = wb.addWorksheet(markerSheetName, { state: 'veryHidden' });
  marker.addRows([
    [markerTag, 1],
    ['templateId', template.id],
    ['templateVersion', template.version],
    ['conferenceId', conference.id],
    ['memberId', member.id],
    ['memberCode', member.code],
    ['sheet', returnSheetName],
    [],
    ['code', 'value', 'note'],
    ...cellMap,
  ]);
  await marker.protect('', {});
  return Buffer.from(await wb.xlsx.writeBuffer());
}
