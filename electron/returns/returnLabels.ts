/**
 * Finding a return's values without the hidden sheet: rows are recognised by an item's code or name, and the
 * value sits under the nearest header that says "Số liệu" / "Điểm tự chấm" (or, with no header, in the first
 * filled cell right of the label that is not the unit).
 */
import type { ReturnItem } from '../../shared/api/returnSchemas.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
import { cellAddress, type GridCell, type GridSheet } from './workbookGrid.ts';

export type ValueCell =
  { sheet: GridSheet; value: string; note: string | null } | { sheet: GridSheet; label: string };

/** "1. Tốc độ tăng trưởng (GRDP) (*)" → "toc do tang truong grdp". */
export function labelKey(raw: string): string {
  return foldForSearch(raw)
    .replace(/\(\*\)/gu, ' ')
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim()
    .replace(/^(\d+|[ivx]+|[a-z])( \d+)* (?=\S)/u, '');
}

const valueHeaders = new Set([
  'so lieu',
  'gia tri',
  'ket qua',
  'thuc hien',
  'diem tu cham',
  'tu cham',
  'so lieu bao cao',
]);
const noteHeaders = new Set(['ghi chu', 'minh chung', 'tai lieu minh chung']);

const cellText = (cell: GridCell | undefined): string =>
  cell && cell.value !== null && typeof cell.value !== 'object' ? String(cell.value) : '';

const rowKeys = (sheet: GridSheet, r: number): string[] => {
  const keys: string[] = [];
  for (let c = 1; c <= sheet.colCount; c++) keys.push(labelKey(cellText(sheet.cell(r, c))));
  return keys;
};

/** The first row of the table (a "Số liệu" header or an item's label); the title block is the rows above it. */
export function tableStartRow(sheet: GridSheet, items: ReturnItem[]): number {
  const labels = new Set(items.flatMap((i) => [labelKey(i.code), labelKey(i.name)]));
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (rowKeys(sheet, r).some((k) => k && (valueHeaders.has(k) || labels.has(k)))) return r;
  }
  return sheet.rowCount + 1;
}

export function findValueCells(sheets: GridSheet[], items: ReturnItem[]): Map<string, ValueCell> {
  const byKey = new Map<string, ReturnItem>();
  for (const item of items) {
    byKey.set(labelKey(item.code), item);
    byKey.set(labelKey(item.name), item);
  }
  const found = new Map<string, ValueCell>();
  for (const sheet of sheets) {
    let valueCol: number | null = null;
    let noteCol: number | null = null;
    for (let r = 1; r <= sheet.rowCount; r++) {
      const keys = rowKeys(sheet, r);
      const header = keys.findIndex((k) => valueHeaders.has(k));
      if (header >= 0) {
        valueCol = header + 1;
        const note = keys.findIndex((k) => noteHeaders.has(k));
        noteCol = note >= 0 ? note + 1 : null;
        continue;
      }
      const labelIndex = keys.findIndex((k) => k && byKey.has(k));
      if (labelIndex < 0) continue;
      const item = byKey.get(keys[labelIndex]!)!;
      if (found.has(item.code)) continue;
      const label = cellAddress(r, labelIndex + 1);
      const col = valueCol ?? guessValueColumn(keys, labelIndex, item);
      found.set(
        item.code,
        col === null
          ? { sheet, label }
          : { sheet, value: cellAddress(r, col), note: noteCol ? cellAddress(r, noteCol) : null },
      );
    }
  }
  return found;
}

/** With no header: the first filled cell right of the label that is neither the item's name, code nor unit. */
function guessValueColumn(keys: string[], labelIndex: number, item: ReturnItem): number | null {
  const skip = new Set([labelKey(item.code), labelKey(item.name), labelKey(item.unit)]);
  for (let i = labelIndex + 1; i < keys.length; i++) {
    if (keys[i] && !skip.has(keys[i]!) && !keys[i]!.startsWith('diem toi da')) return i + 1;
  }
  return null;
}
