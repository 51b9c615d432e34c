/**
 * The shared robustness corpus (../shared/corpus beside the checkout): every spreadsheet is read with its text,
 * numbers, dates and merges right, or refused in one Vietnamese sentence — never a crash, a hang, a silent
 * empty result or runaway memory. See ../shared/corpus/README.md for what each file exercises.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/result.ts';
import { readWorkbook, type Sheet, type Workbook } from '../../../electron/imports/workbook.ts';

const dir = fileURLToPath(new URL('../../../../shared/corpus/spreadsheets/', import.meta.url));
const present = existsSync(dir);
if (!present)
  console.warn(`Corpus tests skipped: ${dir} is absent (CI places ../shared beside the checkout).`);

/** Refused on purpose, with the message that says why. */
const refused: Record<string, RegExp> = {
  'calamine__pass_protected.xlsx': /^Tệp được bảo vệ bằng mật khẩu/u,
  'sheetjs__password_2002_40_xor.xls': /^Tệp được bảo vệ bằng mật khẩu/u,
  'calamine__too_small.xls': /^Tệp bảng tính bị hỏng/u,
  'exceljs__invalid-xml.xlsx': /^Tệp bảng tính bị hỏng/u,
  // No workbook.xml and no content types: exceljs sees no sheet, SheetJS and LibreOffice cannot open it.
  'exceljs__missing-bits.xlsx': /^Tệp bảng tính bị hỏng/u,
};
/** Really empty: LibreOffice exports nothing from it either. */
const empty = new Set(['lo__row-all-hidden.xls']);

const results = new Map<string, { workbook?: Workbook; error?: unknown; ms: number }>();
const cellCount = (sheet: Sheet) =>
  sheet.rows.reduce((n, r) => n + r.cells.filter((c) => c !== null).length, 0);
const rowOf = (sheet: Sheet, row: number) => sheet.rows.find((r) => r.row === row)?.cells ?? [];

describe.skipIf(!present)('robustness corpus', () => {
  const files = present ? readdirSync(dir).sort() : [];

  beforeAll(async () => {
    for (const file of files) {
      const started = performance.now();
      try {
        results.set(file, { workbook: await readWorkbook(`${dir}${file}`), ms: performance.now() - started });
      } catch (error) {
        results.set(file, { error, ms: performance.now() - started });
      }
    }
  }, 120_000);

  it('reads every file or refuses it with one clear line, each within seconds', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    for (const file of files) {
      const { workbook, error, ms } = results.get(file)!;
      expect(ms, `${file} took ${Math.round(ms)} ms`).toBeLessThan(15_000);
      if (refused[file]) {
        expect(error, file).toBeInstanceOf(DomainError);
        expect((error as DomainError).message, file).toMatch(refused[file]!);
        expect((error as DomainError).message).not.toMatch(/\n/u);
        continue;
      }
      expect(error, `${file}: ${String(error)}`).toBeUndefined();
      const cells = workbook!.sheets.reduce((n, s) => n + cellCount(s), 0);
      if (empty.has(file)) expect(cells, file).toBe(0);
      else expect(cells, `${file} read as empty`).toBeGreaterThan(0);
    }
    expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
  });

  it('dates: 1900 and 1904 twins each match their own TEXT() column, and .xls matches .xlsx', () => {
    const dates = (file: string) => {
      const sheet = results.get(file)!.workbook!.sheets[0]!;
      return [1, 2, 3, 4, 5].map((r) => {
        const [, date, text] = rowOf(sheet, r);
        expect(date, `${file} row ${r}`).toBe(text);
        return date;
      });
    };
    expect(dates('sheetjs__1904__1900.xlsx')).toEqual([
      '1900-01-01',
      '1900-01-11',
      '1900-04-20',
      '1903-01-15',
      '1930-06-02',
    ]);
    expect(dates('sheetjs__1904__1904.xlsx')).toEqual(dates('sheetjs__1904__1904.xls'));
    expect(dates('sheetjs__1904__1904.xlsx')[0]).toBe('1904-01-02');
    const streamed = results.get('sheetjs__xlsx-stream-d-date-cell.xlsx')!.workbook!.sheets[0]!;
    expect(
      streamed.rows
        .flatMap((r) => r.cells)
        .some((c) => typeof c === 'string' && /^\d{4}-\d{2}-\d{2}/u.test(c)),
    ).toBe(true);
  });

  it('merged cells: the same five ranges and values from .xlsx and .xls', () => {
    const xlsx = results.get('sheetjs__merge_cells.xlsx')!.workbook!.sheets[0]!;
    const xls = results.get('sheetjs__merge_cells.xls')!.workbook!.sheets[0]!;
    const ranges = (s: Sheet) => s.merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
    expect(ranges(xlsx)).toEqual(['1,1:2,2', '1,3:2,3', '1,4:2,4', '3,1:3,2', '4,1:4,2']);
    expect(ranges(xls)).toEqual(ranges(xlsx));
    expect(xls.rows).toEqual(xlsx.rows);
    expect(rowOf(xlsx, 4)[0]).toBe('… are merged separately');
    expect(results.get('sheetjs__issue_30merges.xlsx')!.workbook!.sheets[0]!.merges).toHaveLength(30);
  });

  it('text: rich runs, line breaks, escapes, phonetic guides, namespaced XML; numbers stay numbers', () => {
    const first = (file: string) => results.get(file)!.workbook!.sheets[0]!;
    expect(rowOf(first('sheetjs__phonetic_text.xlsx'), 1)[0]).toBe('漢字');
    expect(rowOf(first('sheetjs__crlf.xlsx'), 1)).toEqual(['Normal', 'abc\ndef']);
    expect(rowOf(first('calamine__has_x000D_.xlsx'), 1)[0]).toBe('ABC\nDEF');
    expect(rowOf(first('exceljs__shared_string_with_escape.xlsx'), 1)[0]).toBe('_x000D_');
    expect(rowOf(first('calamine__nonstandard-xml-ns-prefix.xlsx'), 1)).toEqual(['a', 'b']);
    expect(rowOf(first('sheetjs__LONumbers_libreoffice41.xlsx'), 1).slice(0, 5)).toEqual([
      'General',
      1,
      -1.2,
      12.3,
      -12.34,
    ]);
    // BIFF5 with Vietnamese number formats: the value stays a number; text typed as "12.346" stays text.
    expect(rowOf(first('sheetjs__biff5_number_format_vietnamese.xls'), 5).slice(0, 4)).toEqual([
      3,
      12345.6789,
      '#,##0',
      '12.346',
    ]);
    expect(rowOf(first('sheetjs__rich_text_stress.xlsx'), 1)).toEqual(
      rowOf(first('sheetjs__rich_text_stress.xls'), 1),
    );
    for (const file of results.keys())
      expect(results.get(file)!.workbook?.encoding ?? 'unicode', file).toBe('unicode');
  });

  it('sheets: hidden and very hidden flagged (strict OOXML too); 300 sheets; dimension claims not trusted', () => {
    for (const file of ['sheetjs__sheet_visibility.xlsx', 'sheetjs__sheet_visibility_strict.xlsx'])
      expect(results.get(file)!.workbook!.sheets.map((s) => [s.name, s.hidden])).toEqual([
        ['Visible', false],
        ['Hidden', true],
        ['VeryHidden', true],
      ]);
    expect(results.get('lo__300-worksheets.xls')!.workbook!.sheets).toHaveLength(300);
    const full = results.get('calamine__issue_174_full-dimension.xlsx')!.workbook!.sheets[0]!;
    expect(full.rows.length).toBeLessThan(100);
    const lastRow = results.get('lo__xlsx-export-single-cell-at-last-row.xlsx')!.workbook!.sheets[0]!;
    expect(lastRow.rows).toEqual([{ row: 1048576, cells: ['This is the only non-empty cell'] }]);
  });
});
