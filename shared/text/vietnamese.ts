/**
 * The one Vietnamese text module: normalisation, search folding, sorting, and the number and date
 * habits of official documents. Used by the core and the renderer alike.
 */

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Store NFC, trimmed, inner whitespace collapsed: every string that enters the database goes through this. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A key for diacritic- and case-insensitive search. Folds đ→d and old/new tone placement ("hoà" = "hòa")
 * by stripping all combining marks after NFD.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Person names sort by given name (last word), then the middle names, then the family name. */
export function comparePersonNames(a: string, b: string): number {
  const key = (name: string) => {
    const words = cleanText(name).split(' ');
    const given = words.pop() ?? '';
    return [given, ...words.slice(1), words[0] ?? ''];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const c = collator.compare(ka[i] ?? '', kb[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "6.966", "8,7" — the way official documents write numbers. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "8,7%" */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

/** Parses "6.966", "8,7", "8,7%", "2.500 tỷ", "−1,2" the Vietnamese way; null when it is not a number. */
export function parseVietnameseNumber(text: string): number | null {
  const cleaned = cleanText(text)
    .replace(/\u2212/gu, '-')
    .replace(/%$/u, '')
    .replace(/\s*(tỷ đồng|tỷ|triệu đồng|triệu|đồng)$/iu, '')
    .replace(/\s/gu, '');
  if (!/^[-+]?[\d.,]+$/u.test(cleaned)) return null;
  // Dots group thousands, the comma is the decimal mark: "6.966" is six thousand, "8,7" is 8.7.
  const groupedOk = /^[-+]?\d{1,3}(\.\d{3})*(,\d+)?$/u.test(cleaned) || /^[-+]?\d+(,\d+)?$/u.test(cleaned);
  if (!groupedOk) return null;
  const value = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "ngày 01 tháng 8 năm 2024" (Nghị định 30/2020: days below 10 and months 1–2 zero-padded).
 * Takes an ISO date "YYYY-MM-DD".
 */
export function formatLongDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`Không phải ngày ISO: ${isoDate}`);
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/** "01/8/2024": the short form used in tables and news ("Sáng 1/8"). */
export function formatShortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return `${pad2(d)}/${m}/${y}`;
}

/** Is this a real calendar date in ISO form? */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
