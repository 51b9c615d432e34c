/** Backups: made whole and checked, kept to the last N, restored (and the restore undoable), corrupt ones refused. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshApi } from '../support/db.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import {
  backupFolder,
  backupName,
  createBackup,
  ensureDailyBackup,
  listBackups,
  parseBackupName,
} from '../../../electron/backups/backups.ts';
import type { HandlerContext } from '../../../electron/api/context.ts';
import { createRouter } from '../../../electron/api/router.ts';
import { value } from './call.ts';

function setup() {
  const env = freshApi();
  const ctx: HandlerContext = { db: env.db, databasePath: env.file, appVersion: 'test' };
  const api = createRouter(ctx, { onInternalError: (_m, e) => env.internalErrors.push(e) });
  return { ...env, ctx, api };
}

const clusterNames = (ctx: HandlerContext) =>
  ctx.db.prepare('SELECT name FROM cluster WHERE deleted_at IS NULL ORDER BY id').pluck().all();

describe('backups', () => {
  it('names say when and why, and read back', () => {
    const at = new Date('2024-08-01T01:30:00.123Z');
    const name = backupName(at, 'import', 'returns');
    expect(name).toBe('thuky-20240801T013000123Z-import-returns.db');
    expect(parseBackupName(name)).toEqual({
      createdAt: '2024-08-01T01:30:00.123Z',
      reason: 'import',
      detail: 'returns',
    });
    expect(parseBackupName(backupName(at, 'manual', '', 2))).toMatchObject({ reason: 'manual', detail: '' });
    expect(parseBackupName('thuky-20240801T013000123Z-other.db')).toBeNull();
    expect(parseBackupName('.thuky-20240801T013000123Z-manual.db.abc.tmp')).toBeNull();
  });

  it('a backup is a whole, self-contained database beside the one in use', async () => {
    const { ctx, api, db } = setup();
    seedDemo(db);
    const made = await api('backups.create', {});
    expect(made.ok).toBe(true);
    const folder = backupFolder(ctx.databasePath);
    const files = readdirSync(folder);
    // Only the finished file: no temp name, no -wal beside it.
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^thuky-\d{8}T\d{9}Z-manual\.db$/u);
    expect(readFileSync(join(folder, files[0]!)).subarray(0, 16).toString('latin1')).toBe(
      'SQLite format 3\0',
    );
    db.prepare(`ATTACH DATABASE ? AS b`).run(join(folder, files[0]!));
    expect(db.prepare('SELECT count(*) FROM b.member_unit').pluck().get()).toBe(7);
    expect(db.pragma('b.journal_mode', { simple: true })).toBe('delete');
    db.prepare('DETACH DATABASE b').run();
    const listed = await api('backups.list', {});
    expect(listed).toMatchObject({ ok: true, value: { keep: 20, backups: [{ reason: 'manual' }] } });
  });

  it('keeps only the newest N', async () => {
    const { ctx } = setup();
    for (let i = 0; i < 5; i += 1) {
      await createBackup(ctx, 'manual', { keep: 3, at: new Date(Date.UTC(2024, 7, 1, 8, i)) });
    }
    const left = listBackups(ctx.databasePath).map((b) => b.createdAt);
    expect(left).toEqual([
      '2024-08-01T08:04:00.000Z',
      '2024-08-01T08:03:00.000Z',
      '2024-08-01T08:02:00.000Z',
    ]);
  });

  it('the daily backup is taken once per local day', async () => {
    const { ctx } = setup();
    const morning = new Date(2024, 7, 1, 8, 0);
    expect(await ensureDailyBackup(ctx, morning)).toMatchObject({ reason: 'daily' });
    expect(await ensureDailyBackup(ctx, new Date(2024, 7, 1, 17, 0))).toBeNull();
    expect(await ensureDailyBackup(ctx, new Date(2024, 7, 2, 7, 0))).toMatchObject({ reason: 'daily' });
    expect(listBackups(ctx.databasePath)).toHaveLength(2);
  });

  it('restore brings the data back, and the restore itself can be undone', async () => {
    const { ctx, api } = setup();
    await api('clusters.create', { name: 'Cụm A' });
    const before = await value(api, 'backups.create', {});
    await api('clusters.create', { name: 'Cụm B' });
    expect(clusterNames(ctx)).toEqual(['Cụm A', 'Cụm B']);

    const oldDb = ctx.db;
    const restored = await value(api, 'backups.restore', { name: before.name });
    expect(restored).toMatchObject({ undo: { reason: 'restore' } });
    expect(oldDb.open).toBe(false);
    expect(ctx.db.open).toBe(true);
    expect(clusterNames(ctx)).toEqual(['Cụm A']);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // The router keeps working on the new connection, and writes survive a reopen.
    await api('clusters.create', { name: 'Cụm C' });
    expect(clusterNames(ctx)).toEqual(['Cụm A', 'Cụm C']);

    await api('backups.restore', { name: restored.undo.name });
    expect(clusterNames(ctx)).toEqual(['Cụm A', 'Cụm B']);
  });

  it('a corrupt backup is refused and nothing changes', async () => {
    const { ctx, api } = setup();
    await api('clusters.create', { name: 'Cụm A' });
    const made = await value(api, 'backups.create', {});
    await api('clusters.create', { name: 'Cụm B' });
    const path = join(backupFolder(ctx.databasePath), made.name);
    const bytes = readFileSync(path);
    // Scribble over every page after the first: the header still says SQLite, the b-trees are garbage.
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 131) & 0xff;
    writeFileSync(path, bytes);

    const db = ctx.db;
    const refused = await api('backups.restore', { name: made.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (refused.ok) return;
    expect(refused.error.message).toContain('bị hỏng');
    expect(ctx.db).toBe(db);
    expect(clusterNames(ctx)).toEqual(['Cụm A', 'Cụm B']);
    // No pre-restore backup was taken for a restore that never started.
    expect(listBackups(ctx.databasePath).map((b) => b.reason)).toEqual(['manual']);
  });

  it('a file that is not a database, or a missing name, is refused', async () => {
    const { ctx, api } = setup();
    const made = await value(api, 'backups.create', {});
    writeFileSync(join(backupFolder(ctx.databasePath), made.name), 'không phải SQLite'.repeat(500));
    expect(await api('backups.restore', { name: made.name })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await api('backups.restore', { name: 'thuky-20240801T013000123Z-manual.db' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await api('backups.restore', { name: '../test.db' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(existsSync(ctx.databasePath)).toBe(true);
  });

  it('returns.import backs the database up before it writes', async () => {
    const { ctx, api, db } = setup();
    const { conferenceId } = seedDemo(db);
    const result = await api('returns.import', {
      conferenceId,
      files: [{ name: 'rác.xlsx', base64: Buffer.from('không phải excel').toString('base64') }],
    });
    expect(result.ok).toBe(true);
    expect(listBackups(ctx.databasePath)).toMatchObject([{ reason: 'import', detail: 'returns' }]);
  });
});
