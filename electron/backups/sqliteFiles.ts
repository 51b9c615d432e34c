/**
 * SQLite files other than the open database (backups, conference files), inspected through the open
 * connection with ATTACH: that needs no second copy of the native addon (Electron's build is only known to the
 * main process) and reads the file exactly as SQLite will when it is used.
 */
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../db/connection.ts';
import { latestVersion, loadMigrations } from '../db/migrate.ts';
import { DomainError } from '../../shared/api/result.ts';

/** The sentences a check says, worded for the kind of file the clerk chose. */
export interface FileMessages {
  corrupt: string;
  foreign: string;
  newer: string;
}

const sqliteFailure = /^SQLITE_(NOTADB|CORRUPT|CANTOPEN|IOERR)/u;

function isUnreadable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && sqliteFailure.test(code);
}

/** Runs `use` with `file` attached as `alias`, detaching afterwards whatever happens. */
export function withAttached<T>(db: Db, file: string, alias: string, use: () => T): T {
  // ATTACH creates a missing file; a missing file is the caller's error, not an empty database.
  if (!existsSync(file)) throw new DomainError('NOT_FOUND', 'Không tìm thấy tệp đã chọn.');
  db.prepare('ATTACH DATABASE ? AS ' + alias).run(file);
  try {
    return use();
  } finally {
    db.prepare('DETACH DATABASE ' + alias).run();
  }
}

/**
 * Checks an attached file: SQLite can read every page (`PRAGMA integrity_check`), it holds this app's tables,
 * and no newer version of the app wrote it. Throws one Vietnamese sentence otherwise.
 */
export function checkAttached(
  db: Db,
  alias: string,
  messages: FileMessages,
  requiredTable = 'cluster',
): void {
  let verdict: string[];
  try {
    verdict = (db.prepare(`PRAGMA ${alias}.integrity_check`).pluck().all() as string[]) ?? [];
  } catch (error) {
    if (isUnreadable(error)) throw new DomainError('VALIDATION', messages.corrupt);
    throw error;
  }
  if (verdict.length !== 1 || verdict[0] !== 'ok') throw new DomainError('VALIDATION', messages.corrupt);
  const hasTable = db
    .prepare(`SELECT 1 FROM ${alias}.sqlite_master WHERE type = 'table' AND name = ?`)
    .get(requiredTable);
  if (!hasTable) throw new DomainError('VALIDATION', messages.foreign);
  const version = db.prepare(`PRAGMA ${alias}.user_version`).pluck().get() as number;
  if (version > latestVersion(loadMigrations())) throw new DomainError('VALIDATION', messages.newer);
}

function hasSqliteHeader(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\0';
  } finally {
    closeSync(fd);
  }
}

/** Attaches and checks `file`; one SQLite cannot read is corrupt if it starts like SQLite, foreign otherwise. */
export function checkFile(db: Db, file: string, messages: FileMessages): void {
  try {
    withAttached(db, file, 'thuky_check', () => checkAttached(db, 'thuky_check', messages));
  } catch (error) {
    if (!isUnreadable(error)) throw error;
    throw new DomainError('VALIDATION', hasSqliteHeader(file) ? messages.corrupt : messages.foreign);
  }
}

/** Makes a finished SQLite file self-contained (no -wal beside it) so it can be copied as one file. */
export function settleFile(db: Db, file: string): void {
  withAttached(db, file, 'thuky_settle', () => {
    db.pragma('thuky_settle.journal_mode = DELETE');
  });
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable on POSIX; Windows cannot open a folder for fsync and NTFS journals it anyway. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes `temp` and renames it over `target`, so `target` is always either the old file or the whole new one. */
export function commitFile(temp: string, target: string): void {
  syncFile(temp);
  renameSync(temp, target);
  syncFolder(dirname(target));
}
