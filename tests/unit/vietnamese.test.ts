import { describe, expect, it } from 'vitest';
import {
  cleanText,
  collator,
  comparePersonNames,
  foldForSearch,
  formatLongDate,
  formatNumber,
  formatPercent,
  isIsoDate,
  parseVietnameseNumber,
  romanNumeral,
} from '../../shared/text/vietnamese.ts';

describe('Vietnamese text', () => {
  it('stores NFC with whitespace collapsed', () => {
    const nfd = 'Hà Thị Nga'.normalize('NFD');
    expect(cleanText(`  ${nfd}\t `)).toBe('Hà Thị Nga');
    expect(cleanText(nfd).length).toBe('Hà Thị Nga'.length);
  });

  it('folds diacritics, đ and old/new tone placement for search', () => {
    expect(foldForSearch('Hà Thị Nga')).toBe('ha thi nga');
    expect(foldForSearch('Điện Biên')).toBe('dien bien');
    expect(foldForSearch('hoà')).toBe(foldForSearch('hòa'));
  });

  it('sorts in Vietnamese alphabet order, unlike the default sort', () => {
    const words = ['anh', 'ăn', 'âm', 'đi', 'dê', 'ê'];
    expect([...words].sort(collator.compare)).toEqual(['anh', 'ăn', 'âm', 'dê', 'đi', 'ê']);
  });

  it('sorts people by given name, then middle, then family name', () => {
    const names = ['Trịnh Xuân Trường', 'Hoàng Xuân Ánh', 'Hà Thị Nga', 'Nguyễn Văn Ánh'];
    // Same given name "Ánh": the middle name decides, and "Văn" comes before "Xuân".
    expect([...names].sort(comparePersonNames)).toEqual([
      'Nguyễn Văn Ánh',
      'Hoàng Xuân Ánh',
      'Hà Thị Nga',
      'Trịnh Xuân Trường',
    ]);
  });

  it('writes numbers and dates as official documents do', () => {
    expect(formatNumber(6966)).toBe('6.966');
    expect(formatPercent(8.7)).toBe('8,7%');
    expect(formatLongDate('2024-08-01')).toBe('ngày 01 tháng 8 năm 2024');
    expect(formatLongDate('2024-01-05')).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatLongDate('2024-06-29')).toBe('ngày 29 tháng 6 năm 2024');
  });

  it('reads numbers the Vietnamese way', () => {
    expect(parseVietnameseNumber('6.966')).toBe(6966);
    expect(parseVietnameseNumber('8,7')).toBe(8.7);
    expect(parseVietnameseNumber('8,7%')).toBe(8.7);
    expect(parseVietnameseNumber('2.500 tỷ')).toBe(2500);
    expect(parseVietnameseNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseVietnameseNumber('6.96')).toBeNull();
    expect(parseVietnameseNumber('tám')).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('01/8/2024')).toBe(false);
  });
});

describe('official numbering', () => {
  it('numbers groups with Roman numerals', () => {
    expect([1, 2, 4, 9, 14, 40, 1999].map(romanNumeral)).toEqual([
      'I',
      'II',
      'IV',
      'IX',
      'XIV',
      'XL',
      'MCMXCIX',
    ]);
  });
});
