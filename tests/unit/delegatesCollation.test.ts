import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  collationKey,
  comparePersonNames,
  honorific,
  matchesSearch,
  foldForSearch,
  personNameKey,
  formatShare,
} from '../../shared/text/vietnamese.ts';

const viCollator = new Intl.Collator('vi', { numeric: true });
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const syllables = [
  'a',
  'ă',
  'â',
  'à',
  'ả',
  'ã',
  'á',
  'ạ',
  'ằ',
  'ấ',
  'an',
  'anh',
  'ăn',
  'ân',
  'đ',
  'd',
  'e',
  'ê',
  'ề',
  'o',
  'ô',
  'ơ',
  'ờ',
  'u',
  'ư',
  'ừ',
  'y',
  'ý',
  'ng',
  'nh',
  'gi',
  'tr',
  'th',
  'ch',
  'kh',
  'x',
  'z',
  'f',
  'w',
  'hoà',
  'hòa',
  ' ',
  '2',
  '12',
];

describe('Vietnamese collation key (stands in for a collation SQLite cannot register)', () => {
  it('orders exactly like Intl.Collator("vi") on generated words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (a, b, upper) => {
          const x = a.join('');
          const y = upper ? b.join('').toUpperCase() : b.join('');
          expect(Math.sign(binary(collationKey(x), collationKey(y)))).toBe(
            Math.sign(viCollator.compare(x, y)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('puts ăn after anh and numbers by value', () => {
    const words = ['ăn', 'anh', 'đi', 'dê', 'Phòng số 12', 'Phòng số 2'];
    expect([...words].sort((a, b) => binary(collationKey(a), collationKey(b)))).toEqual([
      'anh',
      'ăn',
      'dê',
      'đi',
      'Phòng số 2',
      'Phòng số 12',
    ]);
  });

  it('sorts names like comparePersonNames: given name, then middle, then family', () => {
    const names = [
      'Trịnh Xuân Trường',
      'Hoàng Xuân Ánh',
      'Hà Thị Nga',
      'Nguyễn Văn Ánh',
      'Lê Anh',
      'Đỗ Thị Ân',
      'Vũ Ăn',
    ];
    const byKey = [...names].sort((a, b) => binary(personNameKey(a), personNameKey(b)));
    expect(byKey).toEqual([...names].sort(comparePersonNames));
    expect(byKey).toEqual([
      'Lê Anh',
      'Nguyễn Văn Ánh',
      'Hoàng Xuân Ánh',
      'Vũ Ăn',
      'Đỗ Thị Ân',
      'Hà Thị Nga',
      'Trịnh Xuân Trường',
    ]);
  });
});

describe('honorific, search and shares', () => {
  it('derives the honorific from gender, with "đồng chí" for the MC', () => {
    expect(honorific('nu')).toBe('Bà');
    expect(honorific('nam')).toBe('Ông');
    expect(honorific(null)).toBe('');
    expect(honorific('nu', 'mc')).toBe('đồng chí');
  });

  it('matches every word of the query, ignoring diacritics and case', () => {
    const key = foldForSearch('Hà Thị Nga Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam');
    expect(matchesSearch(key, 'ha thi nga')).toBe(true);
    expect(matchesSearch(key, 'NGA phụ nu')).toBe(true);
    expect(matchesSearch(key, 'ha thi ngan')).toBe(false);
  });

  it('writes shares with one decimal and a comma', () => {
    expect(formatShare(95, 138)).toBe('68,8%');
    expect(formatShare(4312, 6966)).toBe('61,9%');
    expect(formatShare(1, 2)).toBe('50%');
    expect(formatShare(0, 0)).toBe('0%');
  });
});
