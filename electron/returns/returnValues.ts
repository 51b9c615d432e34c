/** One cell of a return, read the Vietnamese way and checked against its item's type and range. */
import type { ReturnItem } from '../../shared/api/returnSchemas.ts';
import { foldForSearch, formatNumber, parseVietnameseNumber } from '../../shared/text/vietnamese.ts';
import type { GridCell } from './workbookGrid.ts';

export type ParsedValue = { number: number | null; text: string | null } | { problem: string };

const empty = { number: null, text: null };

/** Removes float noise from arithmetic on cached formula results (0.1 + 0.2) without rounding real digits. */
const tidy = (n: number) => Number(n.toPrecision(12));

function stripUnit(raw: string, unit: string): string {
  if (!unit) return raw;
  const folded = foldForSearch(raw);
  const unitFolded = foldForSearch(unit);
  return folded.endsWith(unitFolded) && folded.length > unitFolded.length
    ? raw.slice(0, raw.length - unit.length)
    : raw;
}

function rangeText(item: ReturnItem): string {
  const unit = item.unit && item.type !== 'rank' ? ` ${item.unit === '%' ? '%' : item.unit}` : '';
  if (item.min !== null && item.max !== null)
    return `từ ${formatNumber(item.min)} đến ${formatNumber(item.max)}${unit}`;
  if (item.min !== null) return `từ ${formatNumber(item.min)}${unit} trở lên`;
  return `không quá ${formatNumber(item.max ?? 0)}${unit}`;
}

export function parseReturnValue(item: ReturnItem, cell: GridCell | undefined): ParsedValue {
  const value = cell?.value ?? null;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return empty;
  if (typeof value === 'object' && !(value instanceof Date)) {
    return { problem: `ô có lỗi công thức (${value.error}); hãy sửa công thức hoặc nhập số.` };
  }
  if (item.type === 'text') {
    const textValue = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    return { number: null, text: textValue.slice(0, 2000) };
  }
  if (value instanceof Date || typeof value === 'boolean') {
    return { problem: 'phải là số, nhưng ô đang chứa ngày tháng hoặc giá trị đúng/sai.' };
  }
  let n: number;
  if (typeof value === 'number') {
    // A cell formatted as percent holds 0,087 for 8,7%; the template counts in percent points.
    n = item.type === 'percent' && cell?.numFmt.includes('%') ? tidy(value * 100) : tidy(value);
  } else {
    const parsed = parseVietnameseNumber(stripUnit(value, item.unit));
    if (parsed === null) {
      return { problem: `"${value.trim().slice(0, 40)}" không phải số; hãy viết như 8,7 hoặc 6.966.` };
    }
    n = parsed;
  }
  const whole = item.type === 'integer' || item.type === 'rank';
  if (whole && !Number.isInteger(n)) {
    const thousands = Number.isInteger(tidy(n * 1000));
    return {
      problem: thousands
        ? `phải là số nguyên; Excel đã hiểu ${String(n)} là số thập phân — nếu là ${formatNumber(n * 1000)} hãy nhập ${n * 1000}.`
        : `phải là số nguyên, không phải ${formatNumber(n)}.`,
    };
  }
  if (item.type === 'rank' && n < 1) return { problem: 'thứ hạng phải từ 1 trở lên.' };
  if ((item.min !== null && n < item.min) || (item.max !== null && n > item.max)) {
    return { problem: `${formatNumber(n)} nằm ngoài khoảng cho phép (${rangeText(item)}).` };
  }
  return { number: n, text: null };
}
