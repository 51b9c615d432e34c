/**
 * Returns are parsed in the imports' parse worker (electron/imports/worker): a return that needs more memory or
 * time than the worker's limits is refused alone, with its sentence and nothing stored, while the other files
 * of the same drop are imported; and what comes back from the worker is exactly what the reader saw.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/api/result.ts';
import { parseWorkerLimits } from '../../../electron/imports/worker/readInWorker.ts';
import { importReturns } from '../../../electron/returns/importReturns.ts';
import { parseGrid, readGrid } from '../../../electron/returns/workbookGrid.ts';
import { freshDb } from '../support/db.ts';
import { filledReturn, setupConference, storedCounts } from './support.ts';

/** The return with tens of MB of unused shared strings: past the file checks, over a small heap. */
async function withHugeStrings(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const part = zip.file('xl/sharedStrings.xml');
  expect(part).not.toBeNull();
  const huge = `<si><t>${'Nguyễn Văn Sơn '.repeat(250_000)}</t></si>`;
  const xml = (await part!.async('string'))
    .replace(/<si>/u, `${huge.repeat(12)}<si>`)
    .replace(/count="\d+"/u, '')
    .replace(/uniqueCount="\d+"/u, '');
  zip.file('xl/sharedStrings.xml', xml);
  const data = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  expect(data.length).toBeLessThan(2 * 1024 * 1024);
  writeFileSync(path, data);
}

describe('returns in the parse worker', () => {
  it('a return over the heap cap is refused alone; the other return of the drop is imported', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const good = await filledReturn(db, conference.id, byCode('CB').id, dir, { GRDP: 8.7 });
    const hostile = await filledReturn(db, conference.id, byCode('LCI').id, dir, { GRDP: 7.1 });
    await withHugeStrings(hostile);
    const capped = { ...parseWorkerLimits, maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

    const [first, second] = await importReturns(db, conference.id, [hostile, good], capped);
    expect(first).toMatchObject({ outcome: 'refused', memberId: null, valuesRead: 0, returnId: null });
    expect(first!.problems).toHaveLength(1);
    expect(first!.problems[0]!.message).toMatch(/^Tệp cần quá nhiều bộ nhớ để đọc \(quá 96 MB\)/u);
    expect(first!.problems[0]!.message).not.toMatch(/\n/u);
    expect(second).toMatchObject({ outcome: 'imported', memberName: 'Cao Bằng' });
    expect(second!.valuesRead).toBeGreaterThan(0);
    expect(storedCounts(db)).toEqual({ current: 1, values: second!.valuesRead });
  });

  it('a return over the deadline is refused with nothing stored; read again in time, it is imported', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const path = await filledReturn(db, conference.id, byCode('SL').id, dir, { GRDP: 6.4 });

    const [late] = await importReturns(db, conference.id, [path], { ...parseWorkerLimits, timeoutMs: 1 });
    expect(late).toMatchObject({ outcome: 'refused', memberId: null });
    expect(late!.problems[0]!.message).toMatch(/^Đọc tệp quá lâu \(quá 1 giây\)/u);
    expect(storedCounts(db)).toEqual({ current: 0, values: 0 });

    const [onTime] = await importReturns(db, conference.id, [path]);
    expect(onTime).toMatchObject({ outcome: 'imported', memberName: 'Sơn La' });
  });

  it('hands back the same cells, number formats and hidden sheets as the reader saw', async () => {
    const { db, dir } = freshDb();
    const { conference, byCode } = setupConference(db);
    const bytes = readFileSync(await filledReturn(db, conference.id, byCode('HG').id, dir, { GRDP: 8.25 }));

    const direct = await parseGrid(bytes);
    const viaWorker = await readGrid(bytes);
    expect(viaWorker.map((s) => [s.name, s.hidden, s.rowCount, s.colCount])).toEqual(
      direct.map((s) => [s.name, s.hidden, s.rowCount, s.colCount]),
    );
    expect(viaWorker.some((s) => s.hidden)).toBe(true);
    let filled = 0;
    direct.forEach((sheet, index) => {
      for (let row = 1; row <= sheet.rowCount + 1; row++)
        for (let col = 1; col <= sheet.colCount + 1; col++) {
          const key = (row - 1) * 40 + (col - 1);
          const expected = row > sheet.rowCount || col > sheet.colCount ? undefined : sheet.cells.get(key);
          expect(viaWorker[index]!.cell(row, col)).toEqual(expected);
          if (expected) filled++;
        }
    });
    expect(filled).toBeGreaterThan(10);
    const values = viaWorker.flatMap((s) =>
      [...Array(s.rowCount).keys()].flatMap((r) =>
        [...Array(s.colCount).keys()].map((c) => s.cell(r + 1, c + 1)),
      ),
    );
    expect(values.some((cell) => cell?.value === 8.25)).toBe(true);
  });

  it('a file that is not a workbook is refused by the worker with its sentence', async () => {
    const error = await readGrid(Buffer.from('Họ và tên,Chức vụ\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/^Tệp không phải bảng tính Excel đọc được/u);
  });
});
