/** A return retyped without the hidden sheet is refused when its title names another period than the conference's. */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { freshDb } from '../support/db.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { history } from '../../../electron/returns/repository.ts';
import { conferencePeriod } from '../../../electron/returns/returnPeriod.ts';
import { formatReportPeriod, readReportPeriods } from '../../../shared/text/vietnamese.ts';
import { filledReturn, setupConference, storedCounts } from './support.ts';

let files = 0;

/** A plain workbook: the title lines, then a header and two indicator rows, as a member would retype it. */
async function retyped(dir: string, titleLines: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const line of titleLines) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow(['TT', 'Chỉ tiêu', 'ĐVT', 'Số liệu', 'Ghi chú']);
  ws.addRow([1, 'Tốc độ tăng trưởng kinh tế (GRDP)', '%', '8,7']);
  // A year in the table is data, not the file's period.
  ws.addRow([2, 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', '2.500', 'bằng 52% dự toán năm 2023']);
  const path = join(dir, `retyped-${++files}.xlsx`);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

describe('the period named in a retyped return', () => {
  it('refuses a 2023 return on the cell that names it, and records nothing but the refusal', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await retyped(dir, [
      'CỤM THI ĐUA CÁC TỈNH MIỀN NÚI BIÊN GIỚI PHÍA BẮC',
      'Đơn vị báo cáo: UBND tỉnh Điện Biên',
      'BÁO CÁO SỐ LIỆU 6 THÁNG ĐẦU NĂM 2023',
    ]);
    const [result] = await importReturns(db, conference.id, [path]);
    expect(result).toMatchObject({
      outcome: 'refused',
      memberId: byCode('DB').id,
      identifiedBy: 'labels',
      valuesRead: 0,
      returnId: null,
    });
    expect(result!.problems).toEqual([
      {
        sheet: 'Sheet1',
        cell: 'A3',
        message:
          'Tệp này là báo cáo 6 tháng đầu năm 2023, không phải số liệu của hội nghị này (6 tháng đầu năm 2024); ' +
          'hãy gửi đúng báo cáo 6 tháng đầu năm 2024.',
      },
    ]);
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });
    expect(history(db, conference.id, byCode('DB').id).map((s) => s.state)).toEqual(['refused']);
  });

  it('refuses the other half of the same year, and a whole-year report', async () => {
    const { db, dir } = freshDb();
    const { conference } = setupConference(db);
    const later = await retyped(dir, ['Sơn La — số liệu 6 tháng cuối năm 2024']);
    const year = await retyped(dir, ['UBND tỉnh Sơn La', 'Kỳ báo cáo: cả năm 2024']);
    const results = await importReturns(db, conference.id, [later, year]);
    expect(results.map((r) => [r.outcome, r.problems[0]?.cell])).toEqual([
      ['refused', 'A1'],
      ['refused', 'A2'],
    ]);
    expect(results[1]!.problems[0]!.message).toMatch(/^Tệp này là báo cáo cả năm 2024, không phải/u);
    expect(storedCounts(db).current).toBe(0);
  });

  it('accepts a 2024 return, one whose title names no period, and one whose title only dates it', async () => {
    const { db, dir } = freshDb();
    const { conference } = setupConference(db);
    const files = [
      await retyped(dir, ['BÁO CÁO SỐ LIỆU SÁU THÁNG ĐẦU NĂM 2024', 'Đơn vị: UBND tỉnh Điện Biên']),
      await retyped(dir, ['Đơn vị báo cáo: UBND tỉnh Lào Cai']),
      // A date in the title is when it was signed, not the period it reports.
      await retyped(dir, ['UBND tỉnh Hà Giang', 'Hà Giang, ngày 15 tháng 12 năm 2023']),
      await retyped(dir, [
        'UBND tỉnh Lai Châu',
        'Kết quả 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024',
        '(Kèm theo Công văn ngày 15 tháng 12 năm 2023)',
      ]),
    ];
    const results = await importReturns(db, conference.id, files);
    expect(results.map((r) => [r.memberName, r.outcome, r.valuesRead])).toEqual([
      ['Điện Biên', 'imported', 2],
      ['Lào Cai', 'imported', 2],
      ['Hà Giang', 'imported', 2],
      ['Lai Châu', 'imported', 2],
    ]);
  });

  it('leaves a file carrying its hidden sheet to the hidden sheet', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await filledReturn(db, conference.id, byCode('CB').id, dir, { GRDP: 4.5 });
    const [result] = await importReturns(db, conference.id, [path]);
    expect(result).toMatchObject({ outcome: 'imported', identifiedBy: 'hidden_sheet' });
  });
});

describe('reading a period', () => {
  it('reads the ways titles name a period, and skips dates', () => {
    const read = (text: string) => readReportPeriods(text).map(formatReportPeriod);
    expect(read('BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2023')).toEqual(['6 tháng đầu năm 2023']);
    expect(read('Sáu tháng cuối năm 2024')).toEqual(['6 tháng cuối năm 2024']);
    expect(read('Sơ kết 06 tháng năm 2024')).toEqual(['6 tháng đầu năm 2024']);
    expect(read('Kết quả 9 tháng đầu năm 2024')).toEqual(['9 tháng năm 2024']);
    expect(read('Quý II năm 2024; quý 4/2023')).toEqual(['quý II năm 2024', 'quý IV năm 2023']);
    expect(read('Tổng kết công tác thi đua năm 2023')).toEqual(['năm 2023']);
    expect(read('Tong ket ca nam 2023')).toEqual(['cả năm 2023']);
    expect(read('Điện Biên, ngày 30 tháng 6 năm 2024')).toEqual([]);
    expect(read('giai đoạn 2021 - 2025')).toEqual([]);
  });

  it("takes the conference's period from its Kỳ, else from its kind and year", () => {
    expect(conferencePeriod({ period: '6 tháng đầu năm 2024', year: 2024, kind: 'so_ket_6_thang' })).toEqual({
      part: 'first_half',
      year: 2024,
    });
    expect(conferencePeriod({ period: '', year: 2023, kind: 'tong_ket_nam' })).toEqual({
      part: 'year',
      year: 2023,
    });
    expect(conferencePeriod({ period: '', year: 2025, kind: 'khac' })).toEqual({ part: null, year: 2025 });
  });
});
