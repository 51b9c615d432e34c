/**
 * Cell values into clean field values: text NFC with whitespace collapsed, names without honorifics (which
 * tell the gender), phone numbers with their leading 0 back, dates as ISO, "x" marks as booleans.
 */
import { cleanText, foldForSearch, isIsoDate, parseVietnameseDate } from '../../shared/text/vietnamese.ts';
import type { CellValue } from './workbook.ts';

export type PersonGender = 'male' | 'female';

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return cleanText(String(value));
}

const honorifics: [RegExp, PersonGender | null][] = [
  [/^(ông|ong|ô\.)\s*[:.]?\s+/iu, 'male'],
  [/^(bà|ba|b\.)\s*[:.]?\s+/iu, 'female'],
  [/^(đồng chí|đ\/c|đ\/\s*c|đc\.?)\s*[:.]?\s*/iu, null],
];

/**
 * "Ông Nguyễn Văn A" → name "Nguyễn Văn A", gender male. "Đ/c" says nothing of gender. A name written with its
 * position below it in the same cell keeps only the first line; the rest is returned as `rest`.
 */
export function cleanPersonName(value: CellValue): {
  name: string;
  gender: PersonGender | null;
  rest: string;
} {
  const lines = (value === null ? '' : String(value)).split('\n').map(cleanText).filter(Boolean);
  let name = lines[0] ?? '';
  let gender: PersonGender | null = null;
  for (let changed = true; changed;) {
    changed = false;
    for (const [pattern, implied] of honorifics) {
      // "Ba" or "Ong" alone (no diacritics) could be a real name; only strip them when more words follow.
      const match = pattern.exec(name);
      if (!match || name.slice(match[0].length).split(' ').length < 2) continue;
      name = name.slice(match[0].length);
      gender ??= implied;
      changed = true;
    }
  }
  return { name, gender, rest: lines.slice(1).join(', ') };
}

/** "Nam"/"Nữ" in a gender column. */
export function parseGender(value: CellValue): PersonGender | null | 'unknown' {
  const folded = foldForSearch(cellText(value));
  if (!folded) return null;
  if (/^(nam|ong|m|male)$/u.test(folded)) return 'male';
  if (/^(nu|ba|f|female)$/u.test(folded)) return 'female';
  return 'unknown';
}

/** An "x" (or ✓, 1, "có") in a tick column. */
export function isTicked(value: CellValue): boolean {
  if (value === true) return true;
  if (typeof value === 'number') return value !== 0;
  const folded = foldForSearch(cellText(value));
  return folded !== '' && !/^(0|khong|k|-|no|false)$/u.test(folded);
}

/**
 * A phone number as the clerk would dial it. A number typed into a numeric cell lost its leading 0
 * (912345678 → "0912345678"); "+84" becomes 0. Null when the cell holds no phone number at all.
 */
export function cleanPhone(value: CellValue): { phone: string | null; valid: boolean } {
  if (value === null || value === '') return { phone: null, valid: true };
  const text = typeof value === 'number' ? String(Math.round(value)) : cleanText(String(value));
  // Several numbers in one cell are kept as written, each normalised.
  const parts = text.split(/\s*[;,/]\s*|\s+-\s+|\s+hoặc\s+/u).filter(Boolean);
  const cleaned = parts.map((part) => {
    let digits = part.replace(/[\s.()-]/gu, '');
    if (/^\+?84\d{9,10}$/u.test(digits)) digits = `0${digits.replace(/^\+?84/u, '')}`;
    if (/^[1-9]\d{8,9}$/u.test(digits)) digits = `0${digits}`;
    return digits;
  });
  return { phone: cleaned.join(', '), valid: cleaned.every((d) => /^0\d{9,10}$/u.test(d)) };
}

/** Excel's day number for 1900-01-01 is 1, but it counts a 29 February 1900 that never was; 25569 is 1970-01-01. */
function serialToIso(serial: number): string | null {
  if (serial < 61 || serial > 2958465) return null;
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  return date.toISOString().slice(0, 10);
}

/** A date cell (already ISO), a typed "15/7/2024" or "ngày 15 tháng 7 năm 2024", or a bare day number. */
export function cleanDate(value: CellValue): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return serialToIso(value);
  // Date cells arrive as ISO already; only typed text needs the full reading.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) && isIsoDate(value)) return value;
  return parseVietnameseDate(String(value));
}

/** "123/QĐ-UBND ngày 15/7/2024" → number and date; either may be missing. */
export function splitDecision(value: CellValue): { number: string; date: string | null } {
  const text = cellText(value);
  const match = /^(.*?)[\s,;]*(?:ngày|ng\.)\s*(.+)$/iu.exec(text);
  if (!match) {
    const dated = /^(.*?)[\s,;]+(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/u.exec(text);
    return dated ? { number: dated[1]!, date: cleanDate(dated[2]!) } : { number: text, date: null };
  }
  return {
    number: match[1]!.replace(/[\s,;]+$/u, ''),
    date: cleanDate(`ngày ${match[2]!}`) ?? cleanDate(match[2]!),
  };
}
