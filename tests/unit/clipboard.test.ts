import { describe, expect, it } from 'vitest';
import { parseClipboard } from '../../renderer/src/app/clipboard.ts';

describe('Excel clipboard text', () => {
  it('splits rows and cells, keeping line breaks inside quoted cells', () => {
    const text =
      'Họ và tên\tChức vụ\r\nHà Thị Nga\t"Ủy viên Trung ương Đảng\nChủ tịch Hội LHPN Việt Nam"\r\n\r\n';
    expect(parseClipboard(text)).toEqual([
      ['Họ và tên', 'Chức vụ'],
      ['Hà Thị Nga', 'Ủy viên Trung ương Đảng\nChủ tịch Hội LHPN Việt Nam'],
    ]);
  });

  it('reads doubled quotes, trailing empty cells and a last line without a newline', () => {
    expect(parseClipboard('"Tập thể ""A"""\t\t12\nB\tx')).toEqual([
      ['Tập thể "A"', '', '12'],
      ['B', 'x'],
    ]);
  });

  it('drops rows with nothing in them', () => {
    expect(parseClipboard('\t\t\n  \t \nA')).toEqual([['A']]);
  });
});
