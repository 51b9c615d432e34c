/**
 * Imports through the real router and SQLite: preview (columns, problems on cells, proposals), commit as one
 * batch in one transaction, dedupe against what the conference holds, all-or-nothing, undo, and the column
 * mapping remembered per member.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/demo/seed.ts';
import type { Router } from '../../electron/api/router.ts';
import { writeMessyAwards, writeMessyDelegates } from '../fixtures/imports/messyLists.ts';
import { freshApi } from './support/db.ts';
import { awardImportFields, delegateImportFields } from '../../shared/api/methods/imports.ts';
import {
  detectList,
  resolveMapping,
  sheetColumns,
  workbookFor,
} from '../../electron/importBatches/mapping.ts';
import { columnLetter, type Workbook } from '../../electron/imports/workbook.ts';

async function ok<T>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

interface Preview {
  columns: { column: string; header: string; field: string | null; detected: string | null }[];
  rows: {
    row: number;
    cells: Record<string, string>;
    proposed: string;
    importable: boolean;
    existingId: number | null;
    changes: string[];
    gender: string | null;
    awardFormName: string | null;
  }[];
  problems: { row: number; column: string; message: string }[];
  counts: { add: number; update: number; skip: number };
  memberUnitId: number | null;
  memberName: string | null;
  mappingSource: string;
}
interface Batch {
  id: number;
  added: number;
  updated: number;
  skipped: number;
  undoneAt: string | null;
  memberName: string | null;
}

async function demo() {
  const env = freshApi();
  seedDemo(env.db);
  const conferences = await ok<{ id: number }[]>(env.api, 'conferences.list', {});
  const conferenceId = conferences[0]!.id;
  const file = join(env.dir, 'Danh sách đại biểu Hà Giang.xlsx');
  await writeMessyDelegates(file);
  const delegateCount = async () =>
    (await ok<{ total: number }>(env.api, 'delegates.list', { conferenceId })).total;
  return { ...env, conferenceId, file, delegateCount };
}

/** The messy list with one cell changed, saved under another name. */
async function edited(from: string, to: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  edit(workbook.getWorksheet('Danh sách')!);
  await workbook.xlsx.writeFile(to);
  return to;
}

describe('imports.preview', () => {
  it('shows the detected columns, problems on their cells, and what each row would do', async () => {
    const { api, conferenceId, file } = await demo();
    const preview = await ok<Preview>(api, 'imports.preview', { conferenceId, kind: 'delegates', file });
    expect(preview.memberName).toBe('Hà Giang');
    expect(preview.mappingSource).toBe('detected');
    expect(preview.columns.map((c) => [c.column, c.field])).toEqual([
      ['A', 'index'],
      ['B', 'fullName'],
      ['C', 'male'],
      ['D', 'female'],
      ['E', 'position'],
      ['F', 'organization'],
      ['G', 'phone'],
      ['H', 'email'],
      ['I', 'note'],
    ]);
    const son = preview.rows.find((r) => r.row === 10)!;
    expect(son.cells).toMatchObject({ B: 'Nguyễn Văn Sơn', G: '0912345678', H: 'son@hagiang.gov.vn' });
    expect(son).toMatchObject({ gender: 'nam', proposed: 'add', importable: true, existingId: null });
    // TCVN3 text decoded, the row with a bad e-mail flagged on its cell and kept out.
    expect(preview.rows.find((r) => r.row === 11)!.cells.B).toBe('Hà Thị Nga');
    expect(preview.problems).toContainEqual({
      row: 18,
      column: 'H',
      message: 'Địa chỉ email "binh@" không đúng dạng.',
    });
    expect(preview.rows.find((r) => r.row === 18)).toMatchObject({ importable: false, proposed: 'skip' });
    expect(preview.rows.find((r) => r.row === 17)).toMatchObject({ importable: false, proposed: 'skip' });
    expect(preview.counts).toEqual({ add: 5, update: 0, skip: 2 });
  });

  it('refuses a file that is not a spreadsheet with one sentence', async () => {
    const { api, conferenceId } = await demo();
    const result = await api('imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: { name: 'ds.xlsx', base64: Buffer.from('không phải bảng tính').toString('base64') },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/bị hỏng/u);
  });
});

describe('imports.commit and imports.undo', () => {
  it('adds the rows as one batch, then flags them as existing, updates what changed, and undoes both', async () => {
    const { api, conferenceId, file, dir, delegateCount } = await demo();
    const before = await delegateCount();
    const first = await ok<{ batch: Batch; backupName: string }>(api, 'imports.commit', {
      conferenceId,
      kind: 'delegates',
      file,
    });
    expect(first.batch).toMatchObject({ added: 5, updated: 0, skipped: 2, memberName: 'Hà Giang' });
    expect(first.backupName).toMatch(/-import-delegates/u);
    expect(await delegateCount()).toBe(before + 5);
    const list = await ok<{
      rows: { fullName: string; gender: string | null; phone: string; delegationName: string }[];
    }>(api, 'delegates.list', { conferenceId, query: 'Nguyen Van Son' });
    expect(list.rows).toEqual([
      expect.objectContaining({ gender: 'nam', phone: '0912345678', delegationName: 'Tỉnh Hà Giang' }),
    ]);

    // The same people again, one with a new phone number: update that one, skip the rest.
    const changed = await edited(file, join(dir, 'Hà Giang lần 2.xlsx'), (sheet) => {
      sheet.getCell('G10').value = '0987000111';
    });
    const again = await ok<Preview>(api, 'imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: changed,
    });
    const son = again.rows.find((r) => r.row === 10)!;
    expect(son).toMatchObject({ proposed: 'update', changes: ['điện thoại'] });
    expect(son.existingId).not.toBeNull();
    expect(again.counts).toEqual({ add: 0, update: 1, skip: 6 });
    const second = await ok<{ batch: Batch }>(api, 'imports.commit', {
      conferenceId,
      kind: 'delegates',
      file: changed,
    });
    expect(second.batch).toMatchObject({ added: 0, updated: 1 });
    expect((await ok<{ phone: string }>(api, 'delegates.get', { id: son.existingId })).phone).toBe(
      '0987000111',
    );

    const batches = await ok<Batch[]>(api, 'imports.batches', { conferenceId });
    expect(batches.map((b) => b.id)).toEqual([second.batch.id, first.batch.id]);

    const undoUpdate = await ok<{ restored: number; removed: number }>(api, 'imports.undo', {
      batchId: second.batch.id,
    });
    expect(undoUpdate).toMatchObject({ restored: 1, removed: 0 });
    expect((await ok<{ phone: string }>(api, 'delegates.get', { id: son.existingId })).phone).toBe(
      '0912345678',
    );
    const undoAdd = await ok<{ removed: number; batch: Batch }>(api, 'imports.undo', {
      batchId: first.batch.id,
    });
    expect(undoAdd.removed).toBe(5);
    expect(undoAdd.batch.undoneAt).not.toBeNull();
    expect(await delegateCount()).toBe(before);
    const twice = await api('imports.undo', { batchId: first.batch.id });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/đã được hoàn tác/u);
  });

  it('writes nothing when a chosen row cannot be written', async () => {
    const { api, conferenceId, file, db, delegateCount } = await demo();
    const before = await delegateCount();
    const result = await api('imports.commit', {
      conferenceId,
      kind: 'delegates',
      file,
      decisions: [{ row: 18, action: 'add' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(/^Dòng 18: /u);
      expect(result.error.issues?.[0]?.path).toBe('rows.18');
    }
    expect(await delegateCount()).toBe(before);
    expect(db.prepare('SELECT count(*) FROM import_batch').pluck().get()).toBe(0);
    // Skipping that row, and one more by choice, imports the rest.
    const done = await ok<{ batch: Batch }>(api, 'imports.commit', {
      conferenceId,
      kind: 'delegates',
      file,
      decisions: [
        { row: 18, action: 'skip' },
        { row: 15, action: 'skip' },
      ],
    });
    expect(done.batch).toMatchObject({ added: 4, skipped: 3 });
  });

  it('remembers the mapping the clerk chose for the member', async () => {
    const { api, conferenceId, file, dir } = await demo();
    const renamed = await edited(file, join(dir, 'ds.xlsx'), (sheet) => {
      sheet.getCell('F6').value = 'Nơi làm việc';
    });
    const members = await ok<{ id: number; shortName: string }[]>(api, 'members.list', { clusterId: 1 });
    const memberUnitId = members.find((m) => m.shortName === 'Lào Cai')!.id;
    const plain = await ok<Preview>(api, 'imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
    });
    expect(plain.columns.find((c) => c.column === 'F')).toMatchObject({
      header: 'Nơi làm việc',
      field: null,
    });
    expect(plain.rows.find((r) => r.row === 10)!.cells.F).toBe('UBND tỉnh Hà Giang');

    const clash = await api('imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
      mapping: { F: 'fullName' },
    });
    expect(clash.ok).toBe(true);
    const twice = await api('imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
      mapping: { F: 'phone', G: 'phone' },
    });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toMatch(/Cột F và cột G/u);

    const mapped = await ok<Preview>(api, 'imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
      mapping: { F: 'organization', I: '' },
    });
    expect(mapped.mappingSource).toBe('given');
    expect(mapped.columns.find((c) => c.column === 'F')!.field).toBe('organization');
    await ok(api, 'imports.commit', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
      mapping: { F: 'organization', I: '' },
    });
    const list = await ok<{ rows: { fullName: string; organization: string; note: string }[] }>(
      api,
      'delegates.list',
      { conferenceId, query: 'Giàng Thị Mỷ' },
    );
    expect(list.rows).toEqual([expect.objectContaining({ organization: 'Ban Dân tộc', note: '' })]);

    const next = await ok<Preview>(api, 'imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId,
    });
    expect(next.mappingSource).toBe('remembered');
    expect(next.columns.filter((c) => c.column === 'F' || c.column === 'I').map((c) => c.field)).toEqual([
      'organization',
      null,
    ]);
    expect(next.counts.add).toBe(0);
    // Another member's files are read as detected.
    const other = members.find((m) => m.shortName === 'Sơn La')!.id;
    const fresh = await ok<Preview>(api, 'imports.preview', {
      conferenceId,
      kind: 'delegates',
      file: renamed,
      memberUnitId: other,
    });
    expect(fresh.mappingSource).toBe('detected');
  });

  it('matches award forms to the catalogue and reports unknown or ambiguous ones', async () => {
    const { api, conferenceId, dir } = await demo();
    const file = join(dir, 'khen-thuong.xlsx');
    await writeMessyAwards(file);
    const awards = join(dir, 'kt.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Khen thưởng')!;
    sheet.getCell('E9').value = 'Bằng khen của Chủ tịch UBND tỉnh';
    sheet.getCell('E13').value = 'Huy chương vì sự nghiệp';
    await workbook.xlsx.writeFile(awards);
    const preview = await ok<Preview>(api, 'imports.preview', { conferenceId, kind: 'awards', file: awards });
    expect(preview.rows.find((r) => r.row === 9)!.awardFormName).toBe(
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(preview.rows.find((r) => r.row === 12)!.awardFormName).toBe('Chiến sĩ thi đua cơ sở');
    expect(preview.problems).toContainEqual(
      expect.objectContaining({
        row: 10,
        column: 'E',
        message: expect.stringMatching(/^Hình thức "Bằng khen" chưa rõ/u),
      }),
    );
    expect(preview.problems).toContainEqual(
      expect.objectContaining({
        row: 13,
        column: 'E',
        message: expect.stringMatching(/không có trong danh mục/u),
      }),
    );
    const committed = await ok<{ batch: Batch }>(api, 'imports.commit', {
      conferenceId,
      kind: 'awards',
      file: awards,
    });
    expect(committed.batch.added).toBe(preview.counts.add);
    const again = await ok<Preview>(api, 'imports.preview', { conferenceId, kind: 'awards', file: awards });
    expect(again.counts.add).toBe(0);
    expect(again.rows.find((r) => r.row === 9)!.existingId).not.toBeNull();
  });
});

describe('a chosen mapping reaches the reader intact', () => {
  for (const kind of ['delegates', 'awards'] as const) {
    it(`every ${kind} field put on any column is read back from that column`, () => {
      const fields = kind === 'delegates' ? delegateImportFields : awardImportFields;
      const name = kind === 'delegates' ? 'Họ và tên' : 'Tên tập thể, cá nhân';
      // A heading row the reader only half understands, with a title above it.
      const headings = [name, 'Chức vụ', ...fields.map((_, i) => `Cột lạ ${i + 1}`)];
      const workbook: Workbook = {
        file: 'ds.xlsx',
        format: 'xlsx',
        encoding: 'unicode',
        sheets: [
          {
            name: 'DS',
            hidden: false,
            merges: [],
            rows: [
              { row: 1, cells: ['DANH SÁCH'] },
              { row: 3, cells: headings },
              { row: 4, cells: headings.map((_, i) => (i === 0 ? 'Nguyễn Văn Sơn' : `giá trị ${i}`)) },
            ],
          },
        ],
      };
      const layout = detectList(workbook, kind);
      const columns = sheetColumns(layout);
      // Reversed, so each field lands on a column other than the one it was detected in.
      const given: Record<string, string> = {};
      [...fields].reverse().forEach((field, i) => (given[columnLetter(i + 3)] = field));
      given.A = '';
      given.B = '';
      const mapping = resolveMapping(kind, columns, given, null);
      const reread = detectList(workbookFor(workbook, layout, columns, mapping), kind);
      const expected = new Map(
        Object.entries(given)
          .filter(([, f]) => f)
          .map(([c, f]) => [f, c]),
      );
      expect(new Map([...reread.columns].map(([f, c]) => [f, columnLetter(c)]))).toEqual(expected);
      expect(reread.headerEnd).toBe(layout.headerEnd);
    });
  }
});
