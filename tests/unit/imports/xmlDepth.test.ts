/**
 * XML nested far past any real workbook's depth is refused before a parser reads it — in list imports (directly
 * and through the parse worker) and in returns — within bounded time; real files still read.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/result.ts';
import { importLimits } from '../../../electron/imports/limits.ts';
import { nestsDeeperThan } from '../../../electron/imports/xmlDepth.ts';
import { readWorkbookBuffer } from '../../../electron/imports/workbook.ts';
import { readWorkbookInWorker } from '../../../electron/imports/worker/readInWorker.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { freshDb } from '../support/db.ts';
import { handMadeZip, spreadsheetContentTypes } from '../support/zip.ts';
import { filledReturn, setupConference, storedCounts } from '../returns/support.ts';

const corpusFile = fileURLToPath(
  new URL('../../../../shared/corpus/spreadsheets/sheetjs__rich_text_stress.xlsx', import.meta.url),
);
const deepMessage = /^Tệp bảng tính có phần "xl\/worksheets\/sheet1\.xml" lồng nhau quá 200 tầng/u;
const nested = (levels: number) => `${'<x>'.repeat(levels)}${'</x>'.repeat(levels)}`;

async function refusal(read: Promise<unknown>): Promise<{ message: string; ms: number }> {
  const start = performance.now();
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('VALIDATION');
  expect((error as DomainError).message).not.toMatch(/\n/u);
  return { message: (error as DomainError).message, ms: performance.now() - start };
}

/** A small list written by exceljs with its sheet's XML rewritten. */
async function listWithSheet(rewrite: (xml: string) => string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Đơn vị']);
  sheet.addRow([1, 'Hà Thị Nga', 'Sở Nội vụ']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet1.xml';
  zip.file(part, rewrite(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('nestsDeeperThan', () => {
  it('counts open elements and stops one past the limit', () => {
    const doc = (levels: number) => Buffer.from(`<?xml version="1.0"?><root>${nested(levels)}</root>`);
    expect(nestsDeeperThan(doc(199), 200)).toBe(false);
    expect(nestsDeeperThan(doc(200), 200)).toBe(true);
    // Siblings and empty elements do not add depth.
    expect(nestsDeeperThan(Buffer.from(`<root>${'<c r="A1"><v>1</v></c><b/>'.repeat(5000)}</root>`), 3)).toBe(
      false,
    );
  });

  it('ignores tags inside comments, CDATA, instructions and quoted attribute values', () => {
    const hidden = [
      `<!-- ${'<a>'.repeat(50)} -->`,
      `<![CDATA[${'<a>'.repeat(50)}]]>`,
      `<?thuky ${'<a>'.repeat(50)}?>`,
      `<t v="${'<a>'.repeat(50)}" w='>'/>`,
    ].join('');
    expect(nestsDeeperThan(Buffer.from(`<root>${hidden}<b><c/></b></root>`), 3)).toBe(false);
    expect(nestsDeeperThan(Buffer.from(`<root>${hidden}<b><c><d></d></c></b></root>`), 3)).toBe(true);
  });

  it('reads UTF-16 parts by their byte-order mark', () => {
    const utf16 = (text: string, bigEndian: boolean) => {
      const body = Buffer.from(text, 'utf16le');
      if (bigEndian) body.swap16();
      return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
    };
    for (const bigEndian of [false, true]) {
      expect(nestsDeeperThan(utf16(`<gốc>${nested(10)}</gốc>`, bigEndian), 11)).toBe(false);
      expect(nestsDeeperThan(utf16(`<gốc>${nested(11)}</gốc>`, bigEndian), 11)).toBe(true);
    }
  });
});

describe('a sheet nested 100,000 levels deep', () => {
  const forged = () =>
    handMadeZip([
      spreadsheetContentTypes,
      {
        name: 'xl/workbook.xml',
        data: Buffer.from(
          '<workbook><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: Buffer.from(`<worksheet><sheetData>${nested(100_000)}</sheetData></worksheet>`),
      },
    ]);

  it('is refused before any parser reads it, in a moment', async () => {
    const data = forged();
    expect(data.length).toBeLessThan(20_000);
    const { message, ms } = await refusal(readWorkbookBuffer(data, 'long-nhau.xlsx'));
    expect(message).toMatch(deepMessage);
    expect(ms).toBeLessThan(2_000);
  });

  it('is refused through the parse worker too', async () => {
    const { message, ms } = await refusal(readWorkbookInWorker(forged(), 'long-nhau.xlsx'));
    expect(message).toMatch(deepMessage);
    expect(ms).toBeLessThan(30_000);
  });

  it('in a list Excel wrote, just past the limit; the same list just under it still reads', async () => {
    const at = (levels: number) =>
      listWithSheet((xml) => xml.replace('</sheetData>', `</sheetData>${nested(levels)}`));
    // The worksheet element is one level already.
    expect((await refusal(readWorkbookBuffer(await at(importLimits.xmlDepth), 'ds.xlsx'))).message).toMatch(
      deepMessage,
    );
    const read = await readWorkbookBuffer(await at(importLimits.xmlDepth - 1), 'ds.xlsx');
    expect(read.sheets[0]!.rows[1]!.cells).toEqual([1, 'Hà Thị Nga', 'Sở Nội vụ']);
  });
});

describe('an XML spreadsheet saved as .xls', () => {
  it('nested too deep is refused by its file name', async () => {
    const xml = (levels: number) =>
      Buffer.from(
        `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">${nested(levels)}</Workbook>`,
      );
    expect((await refusal(readWorkbookBuffer(xml(5_000), 'ds.xls'))).message).toMatch(
      /^Tệp bảng tính có phần "ds\.xls" lồng nhau quá 200 tầng/u,
    );
  });
});

describe('real files are not refused', () => {
  it.skipIf(!existsSync(corpusFile))('a corpus workbook of rich text still reads', async () => {
    const workbook = await readWorkbookBuffer(readFileSync(corpusFile), 'rich.xlsx');
    expect(workbook.format).toBe('xlsx');
    expect(workbook.sheets.length).toBeGreaterThan(0);
    expect(workbook.sheets.some((s) => s.rows.length > 0)).toBe(true);
  });
});

describe('returns go through the same checks', () => {
  it('a return nested too deep is refused and stores nothing; the same return untouched is imported', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await filledReturn(db, conference.id, byCode('CB').id, dir, { GRDP: 8.7 });
    const good = readFileSync(path);
    const zip = await JSZip.loadAsync(good);
    const sheetPart = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(name))!;
    const xml = await zip.file(sheetPart)!.async('string');
    zip.file(sheetPart, xml.replace('</sheetData>', `</sheetData>${nested(100_000)}`));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const [refused] = await importReturns(db, conference.id, [path]);
    expect(refused).toMatchObject({ outcome: 'refused', memberId: null });
    expect(refused!.problems[0]!.message).toMatch(/lồng nhau quá 200 tầng/u);
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });

    writeFileSync(path, good);
    const [imported] = await importReturns(db, conference.id, [path]);
    expect(imported).toMatchObject({ outcome: 'imported', memberName: 'Cao Bằng' });
  });

  it('a zip bomb sent as a return is refused before it is inflated', async () => {
    const { db, dir } = freshDb();
    const { conference } = setupConference(db);
    const bomb = handMadeZip([
      spreadsheetContentTypes,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 1000 },
    ]);
    const path = `${dir}/bom.xlsx`;
    writeFileSync(path, bomb);
    const [refused] = await importReturns(db, conference.id, [path]);
    expect(refused!.problems[0]!.message).toMatch(/^Tệp quá lớn để nhập/u);
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });
  });
});
