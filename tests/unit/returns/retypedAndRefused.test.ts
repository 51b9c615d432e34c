import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { freshDb } from '../support/db.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { consolidate } from '../../../electron/returns/consolidation.ts';
import { history, status } from '../../../electron/returns/repository.ts';
import { filledReturn, setupConference, storedCounts } from './support.ts';

/** A member that ignored the template: its own workbook, its own layout, values typed as text. */
async function retyped(dir: string, rows: (string | number | ExcelJS.CellFormulaValue)[][], title: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ws.addRow(['Kỳ: 6 tháng đầu năm 2024']);
  ws.addRow([]);
  for (const row of rows) ws.addRow(row);
  const path = join(dir, 'retyped.xlsx');
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

const numberAt = (
  db: Parameters<typeof consolidate>[0],
  conferenceId: number,
  code: string,
  memberId: number,
) =>
  consolidate(db, conferenceId, 'cluster')
    .items.find((i) => i.code === code)!
    .cells.find((c) => c.memberId === memberId)!.number;

describe('a return retyped into a plain workbook', () => {
  it('is identified by its title and row labels and read the Vietnamese way', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await retyped(
      dir,
      [
        ['TT', 'Nội dung', 'ĐVT', 'Số liệu', 'Ghi chú'],
        [1, 'Tốc độ tăng trưởng kinh tế (GRDP)', '%', '8,7%', ''],
        [2, 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '2.500 tỷ', 'ước thực hiện'],
        [3, 'Số tập thể, cá nhân, hộ gia đình được khen thưởng cấp tỉnh', 'tập thể, cá nhân', '6.966', ''],
        [4, 'PCI', 'hạng', { formula: 'A1', result: 12 }, ''],
        [5, 'Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch', '%', { formula: 'A1*0', result: 0 }, ''],
      ],
      'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2024 — UBND TỈNH ĐIỆN BIÊN',
    );
    const [result] = await importReturns(db, conference.id, [path]);
    const member = byCode('DB');
    expect(result).toMatchObject({
      outcome: 'imported',
      memberId: member.id,
      identifiedBy: 'labels',
      valuesRead: 5,
    });
    expect(numberAt(db, conference.id, 'GRDP', member.id)).toBe(8.7);
    expect(numberAt(db, conference.id, 'THU_NSNN', member.id)).toBe(2500);
    expect(numberAt(db, conference.id, 'KT_TINH', member.id)).toBe(6966);
    expect(numberAt(db, conference.id, 'PCI', member.id)).toBe(12);
    expect(numberAt(db, conference.id, 'GIAI_NGAN_TL', member.id)).toBe(0);
  });

  it('without a header row takes the first figure right of the label', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await retyped(dir, [['GRDP', '%', 5.6]], 'Đơn vị báo cáo: UBND tỉnh Lào Cai');
    const [result] = await importReturns(db, conference.id, [path]);
    expect(result).toMatchObject({ outcome: 'imported', memberName: 'Lào Cai' });
    expect(numberAt(db, conference.id, 'GRDP', byCode('LCI').id)).toBe(5.6);
  });
});

describe('wrong and hostile files', () => {
  it('refuses files that are not workbooks, with nothing imported', async () => {
    const { db, dir } = freshDb();
    const { conference } = setupConference(db);
    const files = {
      'empty.xlsx': Buffer.alloc(0),
      'text.xlsx': Buffer.from('GRDP;8,7\n'),
      'html.xls': Buffer.from('<html><body><table><tr><td>GRDP</td><td>8,7</td></tr></table></body></html>'),
      'broken-zip.xlsx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
      'random.xls': Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600, 3)]),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    });
    const results = await importReturns(db, conference.id, [...paths, join(dir, 'missing.xlsx')]);
    for (const r of results) {
      expect(r.outcome, r.file).toBe('refused');
      expect(r.problems[0]?.message, r.file).toMatch(/^(Tệp|Không mở được)/u);
    }
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });
  });

  it('refuses a whole file for one bad cell, and keeps the earlier return current', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const member = byCode('SL');
    const good = await filledReturn(db, conference.id, member.id, dir, { GRDP: 0.6, KT_TINH: 800 });
    await importReturns(db, conference.id, [good]);
    const bad = await filledReturn(db, conference.id, member.id, dir, {
      GRDP: 'tám phẩy bảy',
      THU_NSNN: -5,
      KT_TINH: 6.966,
      PAR_INDEX: 0,
    });
    const [result] = await importReturns(db, conference.id, [bad]);
    expect(result!.outcome).toBe('refused');
    expect(result!.valuesRead).toBe(0);
    expect(result!.problems.map((p) => [p.sheet, p.cell])).toEqual([
      ['Biểu số liệu', 'E9'],
      ['Biểu số liệu', 'E10'],
      ['Biểu số liệu', 'E13'],
      ['Biểu số liệu', 'E18'],
    ]);
    expect(result!.problems[3]!.message).toContain('hãy nhập 6966');
    expect(numberAt(db, conference.id, 'GRDP', member.id)).toBe(0.6);
    expect(numberAt(db, conference.id, 'KT_TINH', member.id)).toBe(800);
    const row = status(db, conference.id).members.find((m) => m.memberId === member.id)!;
    expect(row).toMatchObject({ state: 'received', problemCount: 4, submissions: 2 });
  });

  it('refuses a missing required value and a return of another conference', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode, cluster } = setupConference(db);
    const other = setupConference(db, 'Hội nghị tổng kết năm 2024');
    const empty = await filledReturn(db, conference.id, byCode('CB').id, dir, { THU_NSNN: 100 });
    const foreign = await filledReturn(db, other.conference.id, other.byCode('CB').id, dir, { GRDP: 4.5 });
    const results = await importReturns(db, conference.id, [empty, foreign]);
    expect(results[0]!.problems).toEqual([
      {
        sheet: 'Biểu số liệu',
        cell: 'E9',
        message: 'Chưa nhập chỉ tiêu bắt buộc "Tốc độ tăng trưởng kinh tế (GRDP)".',
      },
    ]);
    expect(results[1]).toMatchObject({ outcome: 'refused', memberId: null });
    expect(results[1]!.problems[0]!.message).toContain('hội nghị khác');
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });
    expect(cluster.id).not.toBe(other.cluster.id);
  });

  it('refuses a template sent to one member but titled for another', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await filledReturn(db, conference.id, byCode('CB').id, dir, { GRDP: 4.5 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    wb.getWorksheet('Biểu số liệu')!.getCell('A3').value = 'Đơn vị báo cáo: UBND tỉnh Lai Châu';
    await wb.xlsx.writeFile(path);
    const [result] = await importReturns(db, conference.id, [path]);
    expect(result).toMatchObject({ outcome: 'refused', problems: [{ cell: 'A3' }] });
    expect(storedCounts(db).values).toBe(0);
  });
});

describe('resubmission', () => {
  it('replaces the earlier return and keeps it in history', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const member = byCode('HG');
    const first = await filledReturn(db, conference.id, member.id, dir, { GRDP: 5.1 });
    const second = await filledReturn(db, conference.id, member.id, dir, { GRDP: 5.6 });
    expect((await importReturns(db, conference.id, [first]))[0]!.outcome).toBe('imported');
    expect((await importReturns(db, conference.id, [second]))[0]!.outcome).toBe('replaced');
    expect(numberAt(db, conference.id, 'GRDP', member.id)).toBe(5.6);
    const past = history(db, conference.id, member.id);
    expect(past.map((s) => [s.state, s.values.find((v) => v.code === 'GRDP')?.number])).toEqual([
      ['current', 5.6],
      ['superseded', 5.1],
    ]);
  });
});
