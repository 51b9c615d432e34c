import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/result.ts';
import { parseAwards } from '../../../electron/imports/awards.ts';
import { parseDelegates } from '../../../electron/imports/delegates.ts';
import { readWorkbook, readWorkbookBuffer } from '../../../electron/imports/workbook.ts';
import { encodeTcvn3 } from '../../fixtures/imports/legacyText.ts';
import { writeCsv, writeMessyDelegates } from '../../fixtures/imports/messyLists.ts';
import { handMadeZip, spreadsheetContentTypes } from '../support/zip.ts';

const folder = mkdtempSync(join(tmpdir(), 'thuky-readers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const corpusDocx = fileURLToPath(
  new URL('../../../../shared/corpus/docx/mammoth__tables.docx', import.meta.url),
);

async function refusal(read: Promise<unknown>): Promise<string> {
  const error = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('VALIDATION');
  expect((error as DomainError).message).not.toMatch(/\n/u);
  return (error as DomainError).message;
}

describe('hostile and broken files are refused before any parser inflates them', () => {
  it('a zip whose directory understates a part (a zip bomb in disguise)', async () => {
    const bomb = handMadeZip([
      spreadsheetContentTypes,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 1000 },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    expect(await refusal(readWorkbookBuffer(bomb, 'bomb.xlsx'))).toMatch(/quá lớn.*khai báo/u);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('a zip whose directory declares gigabytes', async () => {
    const claims = handMadeZip([
      spreadsheetContentTypes,
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'), declaredSize: 0xf0000000 },
    ]);
    expect(await refusal(readWorkbookBuffer(claims, 'claims.xlsx'))).toMatch(/^Tệp quá lớn để nhập/u);
  });

  it('a Word document renamed .xlsx, a truncated workbook, an empty file, a picture', async () => {
    if (existsSync(corpusDocx)) {
      const renamed = join(folder, 'danh-sach.xlsx');
      copyFileSync(corpusDocx, renamed);
      expect(await refusal(readWorkbook(renamed))).toMatch(/văn bản Word/u);
    }
    const good = join(folder, 'good.xlsx');
    await writeMessyDelegates(good);
    const data = readFileSync(good);
    expect(await refusal(readWorkbookBuffer(data.subarray(0, data.length >> 1), 'cut.xlsx'))).toMatch(
      /bị hỏng/u,
    );
    expect(await refusal(readWorkbookBuffer(Buffer.alloc(0), 'empty.xlsx'))).toMatch(/Tệp rỗng/u);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(await refusal(readWorkbookBuffer(png, 'anh.xls'))).toMatch(/bị hỏng/u);
    expect(await refusal(readWorkbookBuffer(png, 'anh.png'))).toMatch(/không phải bảng tính/u);
    expect(await refusal(readWorkbook(join(folder, 'missing.xlsx')))).toMatch(/Không tìm thấy tệp/u);
  });
});

describe('CSV in the encodings offices save it in', () => {
  const header = 'STT;Họ và tên;Chức vụ;Đơn vị;Điện thoại';
  const line = '1;Ông Nguyễn Văn Sơn;Phó Chủ tịch;UBND tỉnh;0912345678';

  it('UTF-8 with BOM and semicolons, UTF-16 with tabs', async () => {
    const utf8 = join(folder, 'utf8.csv');
    writeCsv(utf8, `${header}\r\n${line}\r\n`, 'utf8-bom');
    const utf16 = join(folder, 'utf16.csv');
    writeCsv(utf16, `${header}\n${line}\n`.replaceAll(';', '\t'), 'utf16le');
    for (const file of [utf8, utf16]) {
      const { records } = await parseDelegates(file);
      expect(records).toEqual([
        expect.objectContaining({
          fullName: 'Nguyễn Văn Sơn',
          gender: 'male',
          phone: '0912345678',
          organization: 'UBND tỉnh',
        }),
      ]);
    }
  });

  it('single-byte CSV holding TCVN3 text, with a quoted field and a combined decision column', async () => {
    const file = join(folder, 'tcvn3.csv');
    const rows = [
      `TT,"${encodeTcvn3('Tên tập thể, cá nhân')}",${encodeTcvn3('Hình thức khen thưởng')},"${encodeTcvn3('Số, ngày QĐ')}"`,
      `1,${encodeTcvn3('Bà Hà Thị Nga')},${encodeTcvn3('Bằng khen')},"${encodeTcvn3('12/QĐ-UBND ngày 15/7/2024')}"`,
    ];
    writeCsv(file, `${rows.join('\r\n')}\r\n`, 'latin1');
    const sheet = await readWorkbook(file);
    expect(sheet.encoding).toBe('tcvn3');
    const { records, problems } = await parseAwards(file);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        row: 2,
        recipientKind: 'individual',
        recipientName: 'Hà Thị Nga',
        position: '',
        organization: '',
        awardForm: 'Bằng khen',
        decisionNumber: '12/QĐ-UBND',
        decisionDate: '2024-07-15',
        smallCollectiveOrDirectWorker: false,
      },
    ]);
  });
});

describe('thuky parse', () => {
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, [join(repo, 'bin/thuky.mjs'), 'parse', ...args], {
      cwd: repo,
    }).then(
      (out) => ({ code: 0, stdout: out.stdout, stderr: out.stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('prints { file, sheet, headerRow, records, problems } and the cells of a sheet; exit 0', async () => {
    const file = join(folder, 'cli.xlsx');
    await writeMessyDelegates(file);
    const parsed = await run('delegates', file, '--json');
    expect(parsed.code).toBe(0);
    const result = JSON.parse(parsed.stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['file', 'sheet', 'headerRow', 'records', 'problems']);
    expect((result.records as unknown[]).length).toBe(6);
    const sheet = JSON.parse((await run('sheet', file, '--json')).stdout) as {
      encoding: string;
      sheets: { name: string; hidden: boolean; rows: unknown[][] }[];
    };
    expect(sheet.encoding).toBe('tcvn3+vni');
    expect(sheet.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Hướng dẫn', false],
      ['Dữ liệu cũ', true],
      ['Danh sách', false],
    ]);
    expect(sheet.sheets[2]!.rows[10]![1]).toBe('Hà Thị Nga');
  });

  it('exit 1 with one Vietnamese line for an unusable file; exit 2 for a usage error', async () => {
    const bad = join(folder, 'bad.xls');
    writeFileSync(bad, 'Attachment not found!');
    const refused = await run('awards', bad, '--json');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Tệp bảng tính bị hỏng/u)]);
    expect((await run('people', bad)).code).toBe(2);
  });
});

describe('header synonyms and refusals of the layout', () => {
  it('reads "Họ tên / Chức danh / Cơ quan công tác / Điện thoại" with a single "Giới tính" column', async () => {
    const file = join(folder, 'synonyms.csv');
    const text = [
      'DANH SÁCH ĐẠI BIỂU,,,,',
      ',,,,',
      'TT,Họ tên,Giới tính,Chức danh,Cơ quan công tác,Điện thoại',
      '1,Hà Thị Nga,Nữ,Trưởng phòng,Sở Nội vụ,0912 345 678',
      '2,Lò Văn Páo,Nam,Chuyên viên,Sở Nội vụ,',
      '3,Vàng Seo Dì,không rõ,Chuyên viên,Sở Nội vụ,',
    ].join('\n');
    writeCsv(file, text, 'utf8-bom');
    const { headerRow, records, problems } = await parseDelegates(file);
    expect(headerRow).toBe(3);
    expect(records.map((r) => [r.fullName, r.gender, r.position, r.organization, r.phone])).toEqual([
      ['Hà Thị Nga', 'female', 'Trưởng phòng', 'Sở Nội vụ', '0912345678'],
      ['Lò Văn Páo', 'male', 'Chuyên viên', 'Sở Nội vụ', ''],
      ['Vàng Seo Dì', null, 'Chuyên viên', 'Sở Nội vụ', ''],
    ]);
    expect(problems).toEqual([
      { row: 6, column: 'C', message: expect.stringMatching(/^Giới tính "không rõ"/u) },
    ]);
  });

  it('refuses, in one sentence, a workbook with no list in it', async () => {
    const file = join(folder, 'no-list.csv');
    writeCsv(file, 'Báo cáo,Số liệu\nDân số,6.966\n', 'utf8-bom');
    expect(await refusal(parseDelegates(file))).toMatch(/^Không tìm thấy bảng danh sách đại biểu/u);
    expect(await refusal(parseAwards(file))).toMatch(/^Không tìm thấy bảng danh sách khen thưởng/u);
  });
});
