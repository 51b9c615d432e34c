/**
 * A 10,000-row award list .xlsx: exceljs alone loading it, side by side with our whole parse (file checks with
 * the zip inflated once more to verify sizes, exceljs, per-cell encoding detection, layout, cleaning).
 * Target (issue 4): under 3 s, and within 1.5× of exceljs alone. Then the same list imported into a demo database
 * the way the app does it (imports.commit: read in the capped worker, preview, backup, one transaction, one batch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseAwards } from '../electron/imports/awards.ts';
import { percentile, time, withTempDir } from './support.ts';
import { openDatabase } from '../electron/db/connection.ts';
import { seedDemo } from '../electron/demo/seed.ts';
import { listConferences } from '../electron/conferences/repository.ts';
import { commitImport } from '../electron/importBatches/commit.ts';

const rows = 10_000;
const forms = [
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Giấy khen',
  'Chiến sĩ thi đua cơ sở',
  'Lao động tiên tiến',
];
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const given = ['Văn An', 'Thị Bình', 'Đức Cường', 'Thị Dung', 'Minh Hải', 'Thu Hà', 'Quang Huy', 'Thị Lan'];

async function writeList(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Khen thưởng');
  sheet.addRow(['UBND TỈNH HÀ GIANG', undefined, undefined, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  sheet.addRow(['DANH SÁCH KHEN THƯỞNG NĂM 2024']);
  sheet.addRow([]);
  sheet.addRow([
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Đơn vị',
    'Hình thức khen thưởng',
    'Số QĐ',
    'Ngày QĐ',
    'Điện thoại',
  ]);
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      i + 1,
      `${i % 2 ? 'Bà' : 'Ông'} ${families[i % families.length]} ${given[i % given.length]}`,
      'Chuyên viên',
      // Every row a different person: 40 rooms of 250 schools, so the import's dedupe keeps all 10,000.
      `Phòng ${1 + (i % 40)}, Trường số ${1 + Math.floor(i / 40)}`,
      forms[i % forms.length],
      `${100 + (i % 300)}/QĐ-UBND`,
      new Date(Date.UTC(2024, i % 12, 1 + (i % 28))),
      912000000 + i,
    ]);
  }
  await workbook.xlsx.writeFile(file);
}

await withTempDir(async (dir) => {
  const file = join(dir, 'khen-thuong-10000.xlsx');
  await writeList(file);
  const exceljsTimes: number[] = [];
  const oursTimes: number[] = [];
  const ratios: number[] = [];
  // Interleaved rounds, and the median of each round's ratio: a busy machine slows both sides of a round alike.
  for (let round = 1; round <= 5; round++) {
    const data = readFileSync(file);
    const alone = await time(`round ${round}: exceljs alone, load ${rows} rows`, () =>
      new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer),
    );
    const ours = await time(`round ${round}: parseAwards (checks + read + decode + layout)`, () =>
      parseAwards(file),
    );
    if (ours.value.records.length !== rows)
      throw new Error(`expected ${rows} records, got ${ours.value.records.length}`);
    exceljsTimes.push(alone.ms);
    oursTimes.push(ours.ms);
    ratios.push(ours.ms / alone.ms);
  }
  console.log(
    `median: exceljs alone ${percentile(exceljsTimes, 50).toFixed(0)} ms | ours ${percentile(oursTimes, 50).toFixed(0)} ms | ` +
      `ratio ${percentile(ratios, 50).toFixed(2)}× (target: ours < 3000 ms and ≤ 1.5× exceljs alone)`,
  );

  const importTimes: number[] = [];
  for (let round = 1; round <= 3; round++) {
    const databasePath = join(dir, `import-${round}.db`);
    const db = openDatabase(databasePath);
    try {
      seedDemo(db);
      const conferenceId = listConferences(db)[0]!.id;
      const imported = await time(
        `round ${round}: imports.commit (worker read + preview + backup + write)`,
        () =>
          commitImport(
            { db, databasePath, appVersion: 'bench' },
            { conferenceId, kind: 'awards', file, decisions: [] },
          ),
      );
      if (imported.value.batch.added !== rows)
        throw new Error(`expected ${rows} awards added, got ${imported.value.batch.added}`);
      importTimes.push(imported.ms);
    } finally {
      db.close();
    }
  }
  console.log(
    `median: parse ${percentile(oursTimes, 50).toFixed(0)} ms | parse + import into the database ` +
      `${percentile(importTimes, 50).toFixed(0)} ms (${rows} award rows, one batch)`,
  );
});
