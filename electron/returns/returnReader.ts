/**
 * Reads a member's return from its cells: who sent it and for which conference (the hidden sheet, or failing
 * that the title and the row labels), and each value checked against the template. Pure: it touches no database.
 */
import type { Conference, Member } from '../../shared/api/schemas.ts';
import type { ReturnItem, ReturnProblem, ReturnTemplate } from '../../shared/api/returnSchemas.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import type { ReadValue } from './repository.ts';
import { markerSheetName, markerTag } from './templateWorkbook.ts';
import { cellAddress, type GridCell, type GridSheet } from './workbookGrid.ts';
import { parseReturnValue } from './returnValues.ts';
import { findValueCells } from './returnLabels.ts';

export interface ReturnReading {
  memberId: number | null;
  identifiedBy: 'hidden_sheet' | 'labels' | null;
  templateVersion: number;
  values: ReadValue[];
  problems: ReturnProblem[];
}

export interface ReaderContext {
  template: ReturnTemplate;
  conference: Conference;
  members: Member[];
}

interface Marker {
  conferenceId: number | null;
  memberId: number | null;
  templateVersion: number | null;
  sheet: string | null;
  cells: Map<string, { value: string; note: string }>;
}

const text = (cell: GridCell | undefined): string =>
  cell && cell.value !== null && typeof cell.value !== 'object' ? String(cell.value).trim() : '';

function readMarker(sheets: GridSheet[]): { marker: Marker; sheet: GridSheet } | null {
  const sheet =
    sheets.find((s) => s.name === markerSheetName) ?? sheets.find((s) => text(s.cell(1, 1)) === markerTag);
  if (!sheet || text(sheet.cell(1, 1)) !== markerTag) return null;
  const marker: Marker = {
    conferenceId: null,
    memberId: null,
    templateVersion: null,
    sheet: null,
    cells: new Map(),
  };
  let inMap = false;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const key = text(sheet.cell(r, 1));
    const value = text(sheet.cell(r, 2));
    if (inMap && key) marker.cells.set(key, { value, note: text(sheet.cell(r, 3)) });
    else if (key === 'code') inMap = true;
    else if (key === 'conferenceId') marker.conferenceId = Number(value) || null;
    else if (key === 'memberId') marker.memberId = Number(value) || null;
    else if (key === 'templateVersion') marker.templateVersion = Number(value) || null;
    else if (key === 'sheet') marker.sheet = value || null;
  }
  return { marker, sheet };
}

/** Members named in the top rows of the visible sheets ("Đơn vị báo cáo: UBND tỉnh Cao Bằng"). */
function membersInTitle(
  sheets: GridSheet[],
  members: Member[],
): { member: Member; sheet: string; cell: string }[] {
  const names = members
    .map((m) => ({ member: m, key: ` ${foldForSearch(m.shortName).replace(/[^a-z0-9]+/gu, ' ')} ` }))
    .sort((a, b) => b.key.length - a.key.length);
  const found: { member: Member; sheet: string; cell: string; reporting: boolean }[] = [];
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    for (let r = 1; r <= Math.min(sheet.rowCount, 8); r++) {
      for (let c = 1; c <= sheet.colCount; c++) {
        const folded = foldForSearch(text(sheet.cell(r, c)));
        if (!folded) continue;
        let line = ` ${folded.replace(/[^a-z0-9]+/gu, ' ')} `;
        for (const n of names) {
          if (!line.includes(n.key)) continue;
          // The longest name wins, so "Hà Nam" is not found inside "Hà Nam Ninh".
          line = line.replace(n.key, ' ');
          found.push({
            member: n.member,
            sheet: sheet.name,
            cell: cellAddress(r, c),
            reporting: folded.includes('don vi'),
          });
        }
      }
    }
  }
  const reporting = found.filter((f) => f.reporting);
  return reporting.length > 0 ? reporting : found;
}

export function readReturn(sheets: GridSheet[], ctx: ReaderContext): ReturnReading {
  const problems: ReturnProblem[] = [];
  const visible = sheets.filter((s) => !s.hidden);
  const titled = membersInTitle(sheets, ctx.members);
  const titledIds = [...new Set(titled.map((t) => t.member.id))];
  const found = readMarker(sheets);
  const reading: ReturnReading = {
    memberId: null,
    identifiedBy: null,
    templateVersion: ctx.template.version,
    values: [],
    problems,
  };

  let cells: Map<
    string,
    { sheet: GridSheet; value: string; note: string | null } | { sheet: GridSheet; label: string }
  >;
  if (found) {
    const { marker, sheet: markerSheet } = found;
    reading.identifiedBy = 'hidden_sheet';
    reading.templateVersion = marker.templateVersion ?? ctx.template.version;
    if (marker.conferenceId !== ctx.conference.id) {
      problems.push({
        sheet: markerSheet.name,
        cell: 'B4',
        message: `Tệp này là biểu của một hội nghị khác, không phải "${ctx.conference.title}"; hãy gửi lại đúng biểu của hội nghị này.`,
      });
      return reading;
    }
    const member = ctx.members.find((m) => m.id === marker.memberId);
    if (!member) {
      problems.push({
        sheet: markerSheet.name,
        cell: 'B5',
        message: 'Tệp ghi một đơn vị không thuộc cụm ở hội nghị này; hãy dùng biểu đã gửi cho đúng đơn vị.',
      });
      return reading;
    }
    reading.memberId = member.id;
    const other = titled.find((t) => t.member.id !== member.id);
    if (other) {
      problems.push({
        sheet: other.sheet,
        cell: other.cell,
        message: `Biểu này được gửi cho ${member.shortName} nhưng tiêu đề ghi ${other.member.shortName}; hãy dùng đúng biểu của đơn vị mình.`,
      });
    }
    const dataSheet = visible.find((s) => s.name === marker.sheet) ?? visible[0];
    cells = new Map();
    if (dataSheet) {
      for (const [code, at] of marker.cells)
        cells.set(code, { sheet: dataSheet, value: at.value, note: at.note || null });
    }
  } else {
    reading.identifiedBy = 'labels';
    if (titledIds.length !== 1) {
      const at = titled[0] ?? { sheet: visible[0]?.name ?? '', cell: 'A1' };
      problems.push({
        sheet: at.sheet,
        cell: at.cell,
        message:
          titledIds.length === 0
            ? 'Không nhận ra đơn vị gửi biểu: hãy ghi tên tỉnh ở tiêu đề, ví dụ "Đơn vị báo cáo: UBND tỉnh Cao Bằng".'
            : `Tiêu đề ghi nhiều đơn vị (${titled.map((t) => t.member.shortName).join(', ')}); hãy chỉ ghi đơn vị gửi biểu.`,
      });
      return reading;
    }
    reading.memberId = titledIds[0]!;
    cells = findValueCells(visible, ctx.template.items);
    if (cells.size === 0) {
      problems.push({
        sheet: visible[0]?.name ?? '',
        cell: 'A1',
        message:
          'Không nhận ra biểu số liệu: không thấy dòng chỉ tiêu nào (ví dụ dòng "GRDP" hoặc "Tốc độ tăng trưởng kinh tế (GRDP)").',
      });
      return reading;
    }
  }

  // Items added to the template after the file was written are looked up by their labels.
  const missingFromMap = ctx.template.items.filter((i) => !cells.has(i.code));
  if (found && missingFromMap.length > 0) {
    for (const [code, at] of findValueCells(visible, missingFromMap)) cells.set(code, at);
  }
  for (const item of ctx.template.items) readItem(item, cells.get(item.code), reading);
  return reading;
}

function readItem(
  item: ReturnItem,
  at:
    | { sheet: GridSheet; value: string; note: string | null }
    | { sheet: GridSheet; label: string }
    | undefined,
  reading: ReturnReading,
): void {
  if (!at || !('value' in at)) {
    if (item.required) {
      reading.problems.push({
        sheet: at?.sheet.name ?? '',
        cell: at && 'label' in at ? at.label : '',
        message: `Thiếu chỉ tiêu bắt buộc "${item.name}"${at ? ' (không tìm thấy ô số liệu)' : ''}.`,
      });
    }
    return;
  }
  const { row, col } = decode(at.value);
  const parsed = parseReturnValue(item, at.sheet.cell(row, col));
  const place = { sheet: at.sheet.name, cell: at.value };
  if ('problem' in parsed) {
    reading.problems.push({ ...place, message: `${item.name}: ${parsed.problem}` });
    return;
  }
  if (parsed.number === null && parsed.text === null) {
    if (item.required)
      reading.problems.push({ ...place, message: `Chưa nhập chỉ tiêu bắt buộc "${item.name}".` });
    return;
  }
  let note = '';
  if (at.note) {
    const n = decode(at.note);
    note = text(at.sheet.cell(n.row, n.col)).slice(0, 1000);
  }
  reading.values.push({ code: item.code, number: parsed.number, text: parsed.text, note, ...place });
}

function decode(address: string): { row: number; col: number } {
  const m = /^([A-Z]{1,3})(\d{1,7})$/u.exec(address);
  if (!m) return { row: 0, col: 0 };
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}
