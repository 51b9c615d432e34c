import { describe, expect, it } from 'vitest';
import { parseVietnameseDate } from '../../../shared/text/vietnamese.ts';
import {
  cleanDate,
  cleanPersonName,
  cleanPhone,
  isTicked,
  splitDecision,
} from '../../../electron/imports/cleaning.ts';

describe('cleaning cell values', () => {
  it('reads dates the ways lists write them, and refuses impossible ones', () => {
    for (const text of [
      '15/7/2024',
      '15-07-2024',
      '15.07.2024',
      'ngày 15 tháng 7 năm 2024',
      'Ngày 15 tháng 07 năm 2024',
      '2024-07-15',
    ])
      expect(parseVietnameseDate(text), text).toBe('2024-07-15');
    expect(parseVietnameseDate('15/7/24')).toBe('2024-07-15');
    for (const text of ['32/13/2024', '29/2/2023', 'tháng 7', '7/2024', ''])
      expect(parseVietnameseDate(text), text).toBeNull();
    expect(cleanDate(45488)).toBe('2024-07-15');
    expect(cleanDate('2024-07-15T08:30:00')).toBe('2024-07-15');
  });

  it('strips honorifics and takes the gender from Ông/Bà; keeps a second line as the position', () => {
    expect(cleanPersonName('Ông Nguyễn Văn Sơn')).toEqual({
      name: 'Nguyễn Văn Sơn',
      gender: 'male',
      rest: '',
    });
    expect(cleanPersonName('Bà: Hà Thị Nga')).toMatchObject({ name: 'Hà Thị Nga', gender: 'female' });
    expect(cleanPersonName('Đồng chí Lò Văn Páo')).toMatchObject({ name: 'Lò Văn Páo', gender: null });
    expect(cleanPersonName('Đ/c Bà Giàng Thị Mỷ')).toMatchObject({ name: 'Giàng Thị Mỷ', gender: 'female' });
    expect(cleanPersonName('Ông Ích Khiêm\nPhó Chủ tịch UBND tỉnh')).toEqual({
      name: 'Ích Khiêm',
      gender: 'male',
      rest: 'Phó Chủ tịch UBND tỉnh',
    });
    // A two-word name that starts like an honorific stays whole.
    expect(cleanPersonName('Bá Thành').name).toBe('Bá Thành');
  });

  it('gives phone numbers typed as numbers their leading 0 back', () => {
    expect(cleanPhone(912345678)).toEqual({ phone: '0912345678', valid: true });
    expect(cleanPhone('+84 98 765 4321')).toEqual({ phone: '0987654321', valid: true });
    expect(cleanPhone('0219.3866.123')).toEqual({ phone: '02193866123', valid: true });
    expect(cleanPhone('0912345678 - 0219 3866 123')).toEqual({
      phone: '0912345678, 02193866123',
      valid: true,
    });
    expect(cleanPhone('12345').valid).toBe(false);
    expect(cleanPhone(null)).toEqual({ phone: null, valid: true });
  });

  it('splits "số, ngày QĐ" and reads tick marks', () => {
    expect(splitDecision('123/QĐ-UBND ngày 15/7/2024')).toEqual({
      number: '123/QĐ-UBND',
      date: '2024-07-15',
    });
    expect(splitDecision('123/QĐ-UBND, 15/07/2024')).toEqual({ number: '123/QĐ-UBND', date: '2024-07-15' });
    expect(splitDecision('123/QĐ-UBND')).toEqual({ number: '123/QĐ-UBND', date: null });
    expect([
      isTicked('x'),
      isTicked('X'),
      isTicked(1),
      isTicked(''),
      isTicked('không'),
      isTicked(null),
    ]).toEqual([true, true, true, false, false, false]);
  });
});
