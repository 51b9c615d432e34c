import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAwards } from '../../../electron/imports/awards.ts';
import { parseDelegates } from '../../../electron/imports/delegates.ts';
import { readWorkbook } from '../../../electron/imports/workbook.ts';
import { toXls, writeMessyAwards, writeMessyDelegates } from '../../fixtures/imports/messyLists.ts';

// One folder for the whole file (support/db's tempDir() is emptied after every test, too early for beforeAll).
const folder = mkdtempSync(join(tmpdir(), 'thuky-lists-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a messy delegate list', () => {
  let file = '';
  beforeAll(async () => {
    file = join(folder, 'dai-bieu-ha-giang.xlsx');
    await writeMessyDelegates(file);
  });

  it('finds the table under the national header, past the instructions sheet, ignoring the hidden sheet', async () => {
    const result = await parseDelegates(file);
    expect(result.sheet).toBe('Danh sách');
    expect(result.headerRow).toBe(6);
    expect(result.records.map((r) => r.row)).toEqual([10, 11, 13, 14, 15, 18]);
    expect(result.records.map((r) => r.fullName)).not.toContain('Người Trong Trang Ẩn');
  });

  it('cleans names, genders, phones, e-mails; decodes TCVN3 and VNI cells; fills merged cells down', async () => {
    const [son, nga, thu, pao, my] = (await parseDelegates(file)).records;
    expect(son).toEqual({
      row: 10,
      fullName: 'Nguyễn Văn Sơn',
      gender: 'male',
      position: 'Phó Chủ tịch UBND tỉnh',
      organization: 'UBND tỉnh Hà Giang',
      phone: '0912345678',
      email: 'son@hagiang.gov.vn',
      note: '',
    });
    expect(nga).toMatchObject({
      fullName: 'Hà Thị Nga',
      gender: 'female',
      position: 'Phó Giám đốc Sở Nội vụ',
    });
    expect(nga!.phone).toBe('02193866123');
    expect(thu).toMatchObject({ fullName: 'Trần Thị Thu', gender: 'female', position: 'Chánh Văn phòng' });
    expect(thu!.position).toBe(thu!.position.normalize('NFC'));
    expect(pao).toMatchObject({
      fullName: 'Lò Văn Páo',
      gender: null,
      organization: 'Ban Dân tộc',
      phone: '0987654321',
    });
    expect(my).toMatchObject({
      fullName: 'Giàng Thị Mỷ',
      gender: 'female',
      organization: 'Ban Dân tộc',
      note: 'Đến muộn',
    });
  });

  it('reports each problem against its row and Excel column, in Vietnamese', async () => {
    const { problems } = await parseDelegates(file);
    expect(problems.map((p) => `${p.row}${p.column}`)).toEqual(['17B', '18B', '18G', '18H']);
    expect(problems[0]!.message).toMatch(/thiếu họ tên/u);
    expect(problems[2]!.message).toMatch(/Số điện thoại "12345"/u);
  });

  it('stops at the signature block: the signer is not a delegate', async () => {
    const { records } = await parseDelegates(file);
    expect(records.map((r) => r.fullName)).not.toContain('Nguyễn Văn Ký');
    expect(records.every((r) => !/tổng cộng/iu.test(r.fullName))).toBe(true);
  });

  it('reads the same list from a LibreOffice .xls copy (no fonts there: the text alone gives TCVN3/VNI away)', async () => {
    const xls = toXls(file);
    if (!xls) return expect.soft(xls, 'LibreOffice not installed: .xls copy skipped').toBeNull();
    const fromXls = await parseDelegates(xls);
    const fromXlsx = await parseDelegates(file);
    expect(fromXls.records).toEqual(fromXlsx.records);
    expect(fromXls.problems).toEqual(fromXlsx.problems);
    expect((await readWorkbook(xls)).format).toBe('xls');
  });
});

describe('a messy award list', () => {
  let file = '';
  beforeAll(async () => {
    file = join(folder, 'khen-thuong.xlsx');
    await writeMessyAwards(file);
  });

  it('takes the recipient kind from the section rows and reads the two-row decision heading', async () => {
    const { records, headerRow } = await parseAwards(file);
    expect(headerRow).toBe(6);
    expect(records.map((r) => [r.recipientKind, r.recipientName])).toEqual([
      ['collective', 'Phòng Tổ chức cán bộ'],
      ['collective', 'Tổ Kỹ thuật'],
      ['individual', 'Hà Thị Nga'],
      ['individual', 'Lò Văn Páo'],
      ['individual', 'Vàng Seo Dì'],
      ['household', 'Hộ ông Sùng Mí Chá'],
    ]);
    expect(records[0]).toEqual({
      row: 9,
      recipientKind: 'collective',
      recipientName: 'Phòng Tổ chức cán bộ',
      position: '',
      organization: 'Sở Nội vụ',
      awardForm: 'Bằng khen',
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2024-07-15',
      smallCollectiveOrDirectWorker: false,
    });
  });

  it('reads dates typed three ways and the tick column', async () => {
    const { records } = await parseAwards(file);
    expect(records.map((r) => r.decisionDate)).toEqual([
      '2024-07-15',
      '2024-07-15',
      '2024-07-16',
      '2024-07-16',
      null,
      null,
    ]);
    expect(records.map((r) => r.smallCollectiveOrDirectWorker)).toEqual([
      false,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('flags a missing award form and an impossible date where they are', async () => {
    const { problems } = await parseAwards(file);
    expect(problems).toEqual([
      { row: 14, column: 'E', message: 'Thiếu hình thức khen thưởng.' },
      { row: 14, column: 'G', message: expect.stringMatching(/"32\/13\/2024" không đọc được/u) },
    ]);
  });

  it('a delegate list read as awards is not silently accepted: every row lacks its award form', async () => {
    const other = join(folder, 'dai-bieu-as-awards.xlsx');
    await writeMessyDelegates(other);
    // "Họ và tên" is a recipient-name heading too, so a delegate list still parses as awards…
    const asAwards = await parseAwards(other);
    expect(asAwards.records.length).toBeGreaterThan(0);
    const missingForm = asAwards.problems.filter((p) => p.message === 'Thiếu hình thức khen thưởng.');
    expect(missingForm.map((p) => p.row)).toEqual(asAwards.records.map((r) => r.row));
  });
});
