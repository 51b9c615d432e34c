/** Table columns share the page in proportion to their weights, but a title word is never broken ("ST/T"). */
import { describe, expect, it } from 'vitest';
import { columnWidths, titleMinimums } from '../../../electron/documents/layout/table.ts';
import { textWidthTwips } from '../../../electron/documents/layout/textWidth.ts';

describe('columnWidths', () => {
  it('shares the total in proportion when no column is too narrow', () => {
    expect(columnWidths([1, 2, 1], 4000)).toEqual([1000, 2000, 1000]);
    expect(columnWidths([1, 2, 1], 4000, [500, 500, 500])).toEqual([1000, 2000, 1000]);
  });

  it('widens a column below its minimum and takes the width back from the others in proportion', () => {
    const widths = columnWidths([1, 10, 5], 9000, [900, 0, 0]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[0]).toBe(900);
    expect(widths[1]! / widths[2]!).toBeCloseTo(2, 2);
  });

  it('never gives a minimum more than an equal share, so the table still fits the page', () => {
    const widths = columnWidths([1, 1], 1000, [5000, 0]);
    expect(widths).toEqual([500, 500]);
  });

  it('makes the STT column of a crowded list wide enough for its bold title', () => {
    const columns = [
      { title: 'STT', weight: 1.1 },
      { title: 'Họ và tên', weight: 4 },
      { title: 'Chức vụ', weight: 6 },
      { title: 'Cơ quan, đơn vị', weight: 4 },
      { title: 'Số điện thoại', weight: 2.6 },
    ];
    const weights = columns.map((c) => c.weight);
    const needed = textWidthTwips('STT', 13, true) + 2 * 57;
    // By weight alone the column is too narrow for its title (LibreOffice broke it as "ST/T").
    expect(columnWidths(weights, 9355)[0]).toBeLessThan(needed);
    expect(columnWidths(weights, 9355, titleMinimums(columns))[0]).toBeGreaterThan(needed);
  });
});
