/**
 * Backups of the whole database in a `backups/` folder beside it, taken with SQLite's online backup API
 * (consistent while the app keeps working), checked, and renamed into place only once complete: a file named
 * like a backup is always a whole one. The last `keep` are kept.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { HandlerContext } from '../api/context.ts';
import type { Backup, BackupReason } from '../../shared/api/methods/backups.ts';
import { DomainError } from '../../shared/api/result.ts';
import { checkFile, commitFile, settleFile } from './sqliteFiles.ts';

export const defaultKeep = 20;

type Ctx = Pick<HandlerContext, 'db' | 'databasePath'>;

export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

const namePattern =
  /^thuky-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)(?:-([a-z][a-z0-9]*))?(?:-\d+)?\.db$/u;
const reasons: readonly BackupReason[] = ['manual', 'daily', 'import', 'restore'];

/** "thuky-20240801T013000123Z-import-returns.db": sorts by time, says why, survives any file system. */
export function backupName(at: Date, reason: BackupReason, detail = '', counter = 0): string {
  const stamp = at.toISOString().replace(/[-:.]/gu, '');
  return `thuky-${stamp}-${reason}${detail ? `-${detail}` : ''}${counter > 0 ? `-${counter}` : ''}.db`;
}

export function parseBackupName(name: string): Pick<Backup, 'createdAt' | 'reason' | 'detail'> | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!reasons.includes(reason)) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  return { createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, reason, detail: m[9] ?? '' };
}

/** The backups beside a database, newest first. */
export function listBackups(databasePath: string): Backup[] {
  const folder = backupFolder(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: Backup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const size = statSync(join(folder, name), { throwIfNoEntry: false })?.size;
    if (size !== undefined) backups.push({ name, size, ...parsed });
  }
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export function findBackup(databasePath: string, name: string): Backup & { path: string } {
  const found = listBackups(databasePath).find((b) => b.name === name);
  if (!found) throw new DomainError('NOT_FOUND', `Không tìm thấy bản sao lưu "${name}" (có thể đã bị xóa).`);
  return { ...found, path: join(backupFolder(databasePath), name) };
}

function prune(databasePath: string, keep: number): void {
  for (const old of listBackups(databasePath).slice(Math.max(1, keep))) {
    rmSync(join(backupFolder(databasePath), old.name), { force: true });
  }
}

/** Temp files of a backup interrupted by a crash; young ones may belong to a backup still running. */
function removeStaleTemps(folder: string): void {
  const tenMinutesAgo = Date.now() - 10 * 60_000;
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('.thuky-') || !/\.tmp(-wal|-shm|-journal)?$/u.test(name)) continue;
    const info = statSync(join(folder, name), { throwIfNoEntry: false });
    if (info && info.mtimeMs < tenMinutesAgo) rmSync(join(folder, name), { force: true });
  }
}

export const backupFileMessages = (name: string) => ({
  corrupt: `Bản sao lưu "${name}" bị hỏng nên không dùng được; hãy chọn một bản sao lưu khác.`,
  foreign: `Tệp "${name}" không phải bản sao lưu của Thư ký Hội nghị.`,
  newer: `Bản sao lưu "${name}" do phiên bản mới hơn của Thư ký Hội nghị tạo ra; hãy cập nhật ứng dụng.`,
});

export async function createBackup(
  ctx: Ctx,
  reason: BackupReason,
  options: { detail?: string; keep?: number; at?: Date } = {},
): Promise<Backup> {
  const folder = backupFolder(ctx.databasePath);
  mkdirSync(folder, { recursive: true });
  removeStaleTemps(folder);
  const at = options.at ?? new Date();
  const detail = (options.detail ?? '').toLowerCase().replace(/[^a-z0-9]/gu, '');
  let name = backupName(at, reason, detail);
  for (let counter = 1; statSync(join(folder, name), { throwIfNoEntry: false }); counter += 1) {
    name = backupName(at, reason, detail, counter);
  }
  const temp = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await ctx.db.backup(temp);
    settleFile(ctx.db, temp);
    checkFile(ctx.db, temp, backupFileMessages(name));
    commitFile(temp, join(folder, name));
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
    throw error;
  }
  prune(ctx.databasePath, options.keep ?? defaultKeep);
  return findBackup(ctx.databasePath, name);
}

/** The local calendar day of an ISO time, as the clerk's computer counts days. */
const localDay = (date: Date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;

/**
 * The first start of each day takes a backup. Called by the app and `thuky serve` once the database is open;
 * a failure is reported and the app starts anyway (the previous backups are still there).
 */
export async function ensureDailyBackup(ctx: Ctx, now = new Date()): Promise<Backup | null> {
  try {
    const today = localDay(now);
    const done = listBackups(ctx.databasePath).some(
      (b) => b.reason === 'daily' && localDay(new Date(b.createdAt)) === today,
    );
    return done ? null : await createBackup(ctx, 'daily', { at: now });
  } catch (error) {
    console.error('[backups] daily backup failed:', error);
    return null;
  }
}

/**
 * Every import that writes calls this first (`what` names it: "returns", "delegates", "awards"); if no backup
 * can be made the import does not run, so the clerk never loses the way back.
 */
export async function backupBeforeImport(ctx: Ctx, what: string): Promise<Backup> {
  try {
    return await createBackup(ctx, 'import', { detail: what });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    throw new DomainError(
      'CONFLICT',
      code === 'ENOSPC' || code === 'SQLITE_FULL'
        ? 'Không tạo được bản sao lưu trước khi nhập vì ổ đĩa đã đầy; chưa có gì được nhập.'
        : `Không tạo được bản sao lưu trước khi nhập (thư mục "${backupFolder(ctx.databasePath)}" không ghi được); chưa có gì được nhập.`,
    );
  }
}
