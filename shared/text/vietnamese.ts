/**
 * The one Vietnamese text module: normalisation, search folding, sorting, and the number and date
 * habits of official documents. Used by the core and the renderer alike.
 */

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Store NFC, trimmed, inner whitespace collapsed: every string that enters the database goes through this. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Like cleanText, but keeps the line breaks of a text typed in paragraphs (a speech summary, conclusions). */
export function cleanMultilineText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
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

const romanNumerals: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 4 → "IV": group headings of official lists and report sections are numbered I, II, III… */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of romanNumerals) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
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

/** The Vietnamese alphabet with the foreign letters in their Latin places: the primary order of letters. */
const alphabet = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tone marks in the order Vietnamese dictionaries use: none, huyền, hỏi, ngã, sắc, nặng. */
const toneMarks = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
// Marks that make a different letter (ă â ê ô ơ ư), as opposed to tone marks.
const letterMarks: Record<string, string> = { '\u0306': '\u0306', '\u0302': '\u0302', '\u031B': '\u031B' };

/**
 * A string whose plain binary order (SQLite's BINARY collation, `<` in JS) matches `Intl.Collator('vi',
 * { numeric: true })`: letters first by the Vietnamese alphabet, then by tone, then lower case before upper.
 * better-sqlite3 cannot register collations, so a column holds this key and ORDER BY uses it.
 */
export function collationKey(value: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  const chars = [...value.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\p{M}/u.test(ch)) continue;
    if (/\d/u.test(ch)) {
      let digits = ch;
      while (i + 1 < chars.length && /\d/u.test(chars[i + 1]!)) digits += chars[++i];
      // Numbers compare by value ("số 2" before "số 12"), as the numeric collator does.
      const trimmed = digits.replace(/^0+(?=\d)/u, '');
      primary += String.fromCharCode(0x30 + Math.min(trimmed.length, 16)) + trimmed;
      continue;
    }
    let base = ch.toLowerCase();
    const upper = base !== ch;
    let tone = 0;
    for (let j = i + 1; j < chars.length && /\p{M}/u.test(chars[j]!); j++) {
      const mark = chars[j]!;
      if (letterMarks[mark]) base += mark;
      else if (toneMarks.includes(mark)) tone = toneMarks.indexOf(mark);
    }
    const index = alphabet.indexOf(base.normalize('NFC'));
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index);
      secondary += String(tone);
      tertiary += upper ? '1' : '0';
    } else if (/\s/u.test(ch)) {
      primary += ' ';
    } else if (/\p{L}/u.test(ch)) {
      primary += `~${ch.toLowerCase()}`;
    } else {
      primary += '!';
    }
  }
  return `${primary}\u0001${secondary}\u0001${tertiary}`;
}

/** Sort key for a person's name: given name, then middle names, then family name (see comparePersonNames). */
export function personNameKey(fullName: string): string {
  const words = cleanText(fullName).split(' ');
  const given = words.pop() ?? '';
  return collationKey([given, ...words.slice(1), words[0] ?? ''].filter(Boolean).join(' '));
}

/** Does a folded search key contain every word of the query, ignoring diacritics and case? */
export function matchesSearch(searchKey: string, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  return words.every((word) => searchKey.includes(word));
}

export type Gender = 'nam' | 'nu';

/**
 * How a person is addressed: "Ông" / "Bà" in lists and invitations; "đồng chí" when the MC introduces
 * officials (capitalised at the start of a sentence by the caller). Derived, never typed by the clerk.
 */
export function honorific(gender: Gender | null, context: 'list' | 'mc' = 'list'): string {
  if (context === 'mc') return 'đồng chí';
  if (gender === 'nam') return 'Ông';
  if (gender === 'nu') return 'Bà';
  return '';
}

/** "68,8%": a share of a total with one decimal, as the commendation reports write it; "0%" for nothing. */
export function formatShare(part: number, total: number): string {
  if (total <= 0) return '0%';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.round((part / total) * 1000) / 10)}%`;
}

/**
 * Reads a date the ways Vietnamese lists write it — "15/7/2024", "15-07-2024", "15.07.2024",
 * "ngày 15 tháng 7 năm 2024", or ISO "2024-07-15" — as ISO "YYYY-MM-DD"; null when it is not a real date.
 */
export function parseVietnameseDate(text: string): string | null {
  const folded = cleanText(text).toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$/u.exec(folded);
  const long = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/u.exec(folded);
  const short = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/u.exec(folded);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long) parts = [Number(long[3]), Number(long[2]), Number(long[1])];
  else if (short) {
    const year = Number(short[3]);
    parts = [short[3]!.length === 2 ? 2000 + year : year, Number(short[2]), Number(short[1])];
  }
  if (!parts) return null;
  const result = `${parts[0]}-${pad2(parts[1])}-${pad2(parts[2])}`;
  return isIsoDate(result) ? result : null;
}

/** The part of a year a report covers; null when the text names only the year ("sơ kết năm 2024"). */
export type ReportPeriodPart =
  'first_half' | 'second_half' | 'nine_months' | 'q1' | 'q2' | 'q3' | 'q4' | 'year';
export interface ReportPeriod {
  part: ReportPeriodPart | null;
  year: number;
}

const quarterParts: Record<string, ReportPeriodPart> = {
  i: 'q1',
  '1': 'q1',
  ii: 'q2',
  '2': 'q2',
  iii: 'q3',
  '3': 'q3',
  iv: 'q4',
  '4': 'q4',
};

/**
 * The reporting periods a text names, in the order written: "6 tháng đầu năm 2024", "sáu tháng cuối năm 2023",
 * "9 tháng năm 2024", "quý II năm 2024", "cả năm 2023", "năm 2024". Dates ("ngày 30 tháng 6 năm 2024") are
 * not periods and are skipped.
 */
export function readReportPeriods(text: string): ReportPeriod[] {
  const folded = foldForSearch(text).replace(/[^a-z0-9]+/gu, ' ');
  const pattern =
    /\b(?:(?<half>0?6|sau) thang (?<side>dau |cuoi )?nam|(?<nine>0?9|chin) thang (?:dau )?nam|quy (?<quarter>iv|iii|ii|i|[1-4])(?: nam)?|(?<date>thang \d{1,2}) nam|(?<whole>ca )?nam) (?<year>\d{4})\b/gu;
  const found: ReportPeriod[] = [];
  for (const m of folded.matchAll(pattern)) {
    const g = m.groups ?? {};
    if (g.date) continue;
    const year = Number(g.year);
    if (year < 1990 || year > 2200) continue;
    const part: ReportPeriodPart | null = g.half
      ? g.side === 'cuoi '
        ? 'second_half'
        : 'first_half'
      : g.nine
        ? 'nine_months'
        : g.quarter
          ? quarterParts[g.quarter]!
          : g.whole
            ? 'year'
            : null;
    found.push({ part, year });
  }
  return found;
}

const periodPartLabels: Record<ReportPeriodPart, string> = {
  first_half: '6 tháng đầu năm',
  second_half: '6 tháng cuối năm',
  nine_months: '9 tháng năm',
  q1: 'quý I năm',
  q2: 'quý II năm',
  q3: 'quý III năm',
  q4: 'quý IV năm',
  year: 'cả năm',
};

/** "6 tháng đầu năm 2023", "năm 2023": a period as a report names it. */
export function formatReportPeriod(period: ReportPeriod): string {
  return `${period.part ? periodPartLabels[period.part] : 'năm'} ${period.year}`;
}
