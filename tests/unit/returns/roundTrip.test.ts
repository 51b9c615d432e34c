import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshApi, freshDb } from '../support/db.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { consolidate } from '../../../electron/returns/consolidation.ts';
import type { FilledValue } from '../../../electron/returns/fillReturn.ts';
import { filledReturn, hasSoffice, read, resaveWithLibreOffice, setupConference } from './support.ts';

/** Every kind of input the default template has, with a different figure per member. */
function figures(index: number): Record<string, FilledValue> {
  return {
    GRDP: [4.5, 5.6, 5.5, 5.6, 0.6, 8.7, 4.7][index]!,
    THU_NSNN: 1234.56 + index * 100,
    GIAI_NGAN: { formula: '1000+1500', result: 2500 + index },
    GIAI_NGAN_TL: 45.2 + index,
    PAR_INDEX: 10 + index,
    SIPAS: 20 + index,
    PCI: 30 + index,
    KT_NHA_NUOC: 15 + index,
    KT_NHA_NUOC_TT: 60 + index,
    KT_TINH: 900 + index * 10,
    KT_TINH_TT: 61.9,
    TC1: 18.5,
    TC2: 45 - index,
    TC3: 20,
    // A cached formula result of 0 must read as 0, not as an empty cell.
    TC4: { formula: 'B1*0', result: 0 },
  };
}

const asNumber = (v: FilledValue) => (typeof v === 'object' ? v.result : v);

describe('returns round trip', () => {
  it('consolidates exactly what each member filled in', async () => {
    const { db, dir } = freshDb();
    const { conference, members } = setupConference(db);
    const paths = [];
    for (const [index, m] of members.entries()) {
      paths.push(
        await filledReturn(db, conference.id, m.id, dir, figures(index), {
          TC1: `Minh chứng của ${m.shortName}`,
        }),
      );
    }
    const results = await importReturns(db, conference.id, paths);
    expect(results.map((r) => [r.memberName, r.outcome, r.valuesRead, r.problems])).toEqual(
      members.map((m) => [m.shortName, 'imported', 15, []]),
    );
    const table = consolidate(db, conference.id, 'cluster');
    for (const [index, m] of members.entries()) {
      for (const [code, value] of Object.entries(figures(index))) {
        const cell = table.items.find((i) => i.code === code)!.cells.find((c) => c.memberId === m.id)!;
        expect(cell.number, `${m.shortName} ${code}`).toBe(asNumber(value));
      }
      const tc1 = table.items.find((i) => i.code === 'TC1')!.cells.find((c) => c.memberId === m.id)!;
      expect(tc1.note).toBe(`Minh chứng của ${m.shortName}`);
    }
    const budget = table.items.find((i) => i.code === 'THU_NSNN')!;
    expect(budget.aggregateValue).toBeCloseTo(7 * 1234.56 + 2100, 6);
    expect(budget.aggregateLabel).toBe('Tổng');
  });

  it('takes files as bytes through the API (browser mode) and shows them on the status board', async () => {
    const { api, db, dir } = freshApi();
    const { conference, byCode } = setupConference(db);
    const path = await filledReturn(db, conference.id, byCode('DB').id, dir, { GRDP: 8.7 });
    const reply = await api('returns.import', {
      conferenceId: conference.id,
      files: [{ name: 'C:\\Users\\clerk\\Desktop\\dien-bien.xlsx', base64: read(path).toString('base64') }],
    });
    expect(reply).toMatchObject({
      ok: true,
      value: [{ file: 'dien-bien.xlsx', outcome: 'imported', valuesRead: 1 }],
    });
    const board = await api('returns.status', { conferenceId: conference.id });
    expect(board).toMatchObject({ ok: true, value: { received: 1, missing: 6 } });
  });
});

describe.skipIf(!hasSoffice)('returns re-saved by LibreOffice', () => {
  for (const format of ['xlsx', 'xls'] as const) {
    it(`reads a return saved again as .${format}`, async () => {
      const { db, dir } = freshDb();
      const { conference, byCode } = setupConference(db);
      const member = byCode('LS');
      const original = await filledReturn(db, conference.id, member.id, dir, figures(6));
      const outDir = join(dir, format);
      mkdirSync(outDir);
      const resaved = resaveWithLibreOffice(original, format, outDir);
      const [result] = await importReturns(db, conference.id, [resaved]);
      expect(result).toMatchObject({ outcome: 'imported', memberId: member.id, problems: [] });
      const table = consolidate(db, conference.id, 'cluster');
      for (const [code, value] of Object.entries(figures(6))) {
        const cell = table.items.find((i) => i.code === code)!.cells.find((c) => c.memberId === member.id)!;
        expect(cell.number, code).toBe(asNumber(value));
      }
    });
  }
});
