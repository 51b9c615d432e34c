import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { freshApi, freshDb } from '../support/db.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { seedDemoReturns } from '../../../electron/returns/demoReturns.ts';
import { consolidate, rankValues } from '../../../electron/returns/consolidation.ts';
import { buildConsolidationWorkbook } from '../../../electron/returns/exportWorkbook.ts';
import { writeTemplates } from '../../../electron/returns/handlers.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { filledReturn, setupConference } from './support.ts';

describe('consolidation', () => {
  it('ranks ties together and ranks "lower is better" indicators the right way up', () => {
    expect([
      ...rankValues(
        new Map([
          [1, 5.6],
          [2, 8.7],
          [3, 5.6],
          [4, 0.6],
        ]),
        true,
      ),
    ]).toEqual([
      [1, 2],
      [2, 1],
      [3, 2],
      [4, 4],
    ]);
    expect([
      ...rankValues(
        new Map([
          [1, 12],
          [2, 3],
        ]),
        false,
      ),
    ]).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('writes the seed sentence from the demo returns, in cluster or rank order', async () => {
    const { db } = freshDb();
    const { conferenceId } = seedDemo(db);
    expect(await seedDemoReturns(db, conferenceId)).toBe(7);
    expect(await seedDemoReturns(db, conferenceId)).toBe(0);
    const byRank = consolidate(db, conferenceId, 'rank');
    expect(byRank.sentences[0]).toBe(
      'Về tốc độ tăng trưởng GRDP, tỉnh Điện Biên tăng 8,7%; Lào Cai tăng 5,6%; Hà Giang tăng 5,6%; ' +
        'Lai Châu tăng 5,5%; Lạng Sơn tăng 4,7%; Cao Bằng tăng 4,5%; Sơn La tăng 0,6%.',
    );
    const byCluster = consolidate(db, conferenceId, 'cluster');
    expect(byCluster.items[0]!.chart.map((b) => b.label)).toEqual([
      'Cao Bằng',
      'Lào Cai',
      'Lai Châu',
      'Hà Giang',
      'Sơn La',
      'Điện Biên',
      'Lạng Sơn',
    ]);
    // The seed has no per-member award figures: nothing invented, no cluster figure.
    const awards = byCluster.items.find((i) => i.code === 'KT_NHA_NUOC')!;
    expect(awards.cells.every((c) => c.number === null)).toBe(true);
    expect(awards.aggregateValue).toBeNull();
  });

  it('weights shares by their counts and says "giảm" for negative growth', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const files = [
      await filledReturn(db, conference.id, byCode('CB').id, dir, {
        GRDP: -1.2,
        KT_NHA_NUOC: 100,
        KT_NHA_NUOC_TT: 70,
      }),
      await filledReturn(db, conference.id, byCode('LS').id, dir, {
        GRDP: 4.7,
        KT_NHA_NUOC: 38,
        KT_NHA_NUOC_TT: 65.5,
      }),
    ];
    await importReturns(db, conference.id, files);
    const table = consolidate(db, conference.id, 'cluster');
    const share = table.items.find((i) => i.code === 'KT_NHA_NUOC_TT')!;
    expect(share.aggregateValue).toBeCloseTo((100 * 70 + 38 * 65.5) / 138, 9);
    expect(share.aggregateLabel).toBe('Bình quân gia quyền (2/7 đơn vị)');
    expect(table.items.find((i) => i.code === 'KT_NHA_NUOC')!.aggregateDisplay).toBe('138 tập thể, cá nhân');
    expect(table.sentences[0]).toBe(
      'Về tốc độ tăng trưởng GRDP, tỉnh Cao Bằng giảm 1,2%; Lạng Sơn tăng 4,7%.',
    );
  });
});

describe('files out', () => {
  it('writes a protected, validated, printable template per member with its hidden sheet', async () => {
    const { db, dir } = freshDb();
    const { conference, members } = setupConference(db);
    const { files } = await writeTemplates({ db }, conference.id, join(dir, 'out'));
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(files.map((f) => f.fileName).sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files[0]!.path!);
    const sheet = wb.getWorksheet('Biểu số liệu')!;
    expect(sheet.getCell('A3').text).toBe(`Đơn vị báo cáo: ${members[0]!.officialName}`);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell('E9').protection).toMatchObject({ locked: false });
    expect(sheet.getCell('C9').protection?.locked).not.toBe(false);
    expect(sheet.getCell('D9').text).toBe('%');
    expect(sheet.getCell('E9').dataValidation).toMatchObject({ type: 'decimal', formulae: [-30, 50] });
    const marker = wb.getWorksheet('_thuky')!;
    expect(marker.state).toBe('veryHidden');
    expect(marker.getCell('B4').value).toBe(conference.id);
    expect(marker.getCell('B5').value).toBe(members[0]!.id);
  });

  it('exports the consolidated table: landscape A4, frozen header, number formats, ranks', async () => {
    const { db } = freshDb();
    const { conferenceId, clusterId } = seedDemo(db);
    await seedDemoReturns(db, conferenceId);
    const bytes = await buildConsolidationWorkbook(
      consolidate(db, conferenceId, 'rank'),
      `Cụm #${clusterId}`,
      '2024-07-25',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 5 });
    expect(sheet.getRow(5).values).toContain('Điện Biên');
    const dienBien = (sheet.getRow(5).values as unknown[]).indexOf('Điện Biên');
    expect(sheet.getCell(6, dienBien).value).toBe(8.7);
    expect(sheet.getCell(6, dienBien).numFmt).toBe('#,##0.0"%"');
    expect(sheet.getCell(7, 2).value).toBe('Xếp hạng trong cụm');
    expect(sheet.getCell(7, dienBien).value).toBe(1);
    expect(wb.getWorksheet('Dự thảo câu văn')!.getCell('A2').text).toContain('tỉnh Điện Biên tăng 8,7%');
  });

  it('hands files back as bytes when there is no dialog (browser mode)', async () => {
    const { api, db } = freshApi();
    const { conferenceId } = seedDemo(db);
    const reply = await api('returns.export', { conferenceId, order: 'rank' });
    expect(reply.ok && (reply.value as { base64: string }).base64.length).toBeGreaterThan(1000);
    const templates = await api('returns.templateWrite', { conferenceId });
    expect(templates.ok && (templates.value as { files: unknown[] }).files).toHaveLength(7);
  });
});

describe('template editing', () => {
  it('bumps the version when items change, copies from another conference, sets the deadline', async () => {
    const { api, db } = freshApi();
    const { conference } = setupConference(db);
    const other = setupConference(db, 'Hội nghị tổng kết năm 2024');
    const first = await api('returns.templateGet', { conferenceId: conference.id });
    if (!first.ok) throw new Error(first.error.message);
    const template = first.value as { title: string; items: { code: string }[]; version: number };
    const saved = await api('returns.templateSave', {
      conferenceId: conference.id,
      title: template.title,
      items: [
        ...template.items,
        { code: 'mo_hinh', name: 'Số mô hình mới, cách làm hay', type: 'integer', min: 0 },
      ],
    });
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    const dup = await api('returns.templateSave', {
      conferenceId: conference.id,
      title: 'x',
      items: [
        { code: 'A', name: 'a' },
        { code: 'a', name: 'b' },
      ],
    });
    expect(dup).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Mã "A" bị trùng.' } });
    const copied = await api('returns.templateCopy', {
      conferenceId: other.conference.id,
      fromConferenceId: conference.id,
    });
    // Stored indicators first: the new indicator closes the indicators, before the criteria.
    const copiedItems = copied.ok ? (copied.value as { items: { code: string; kind: string }[] }).items : [];
    expect(copiedItems.filter((i) => i.kind === 'indicator').at(-1)!.code).toBe('MO_HINH');
    const deadline = await api('returns.deadlineSet', {
      conferenceId: conference.id,
      deadline: '2024-07-20',
    });
    expect(deadline).toMatchObject({ ok: true, value: { deadline: '2024-07-20', version: 2 } });
    const status = await api('returns.status', { conferenceId: conference.id });
    expect(status).toMatchObject({ ok: true, value: { missing: 7, late: 7 } });
  });
});

describe('thuky returns', () => {
  it('imports with --json and exits 1 when a file is refused', async () => {
    const { db, dir, file } = freshDb();
    const { conference, byCode } = setupConference(db);
    const good = await filledReturn(db, conference.id, byCode('DB').id, dir, { GRDP: 8.7 });
    db.close();
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync('node', ['bin/thuky.mjs', ...args], { encoding: 'utf8' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const ok = run(['returns', 'import', good, '--db', file, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toEqual([
      {
        file: expect.any(String),
        member: 'Điện Biên',
        memberId: byCode('DB').id,
        outcome: 'imported',
        valuesRead: 1,
        problems: [],
      },
    ]);
    const bad = run(['returns', 'import', join(dir, 'nope.xlsx'), '--db', file, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)[0]).toMatchObject({ outcome: 'refused', member: null });
    expect(run(['returns', 'export', '--db', file, '--out', join(dir, 'th.xlsx')]).code).toBe(0);
  });
});
