/**
 * Putting a backup in place of the database. The backup is checked first (a corrupt one is refused before
 * anything changes), the current database is backed up (so the restore can itself be undone), the connection
 * is closed (SQLite folds the -wal file back in), the copy is renamed over the database file, and a fresh
 * connection — migrated, for a backup from an older version — replaces `ctx.db` for every later call.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { HandlerContext } from '../api/context.ts';
import type { Backup } from '../../shared/api/methods/backups.ts';
import { openDatabase } from '../db/connection.ts';
import { DomainError } from '../../shared/api/result.ts';
import { backupFileMessages, createBackup, findBackup } from './backups.ts';
import { checkFile, commitFile } from './sqliteFiles.ts';

type Ctx = Pick<HandlerContext, 'db' | 'databasePath' | 'nativeBinding'>;

function removeSidecars(databasePath: string): void {
  // A -wal left beside the new file would be replayed into it; after a clean close there is none, but be sure.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(databasePath + suffix, { force: true });
}

/** Copies `source` over the database file; the connection must be closed. */
function replaceDatabaseFile(source: string, databasePath: string): void {
  const temp = join(
    dirname(databasePath),
    `.${basename(databasePath)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    copyFileSync(source, temp);
    removeSidecars(databasePath);
    commitFile(temp, databasePath);
  } finally {
    rmSync(temp, { force: true });
  }
}

export async function restoreBackup(ctx: Ctx, name: string): Promise<{ restored: Backup; undo: Backup }> {
  const chosen = findBackup(ctx.databasePath, name);
  checkFile(ctx.db, chosen.path, backupFileMessages(name));
  const undo = await createBackup(ctx, 'restore');
  const undoPath = findBackup(ctx.databasePath, undo.name).path;
  const reopen = () => (ctx.db = openDatabase(ctx.databasePath, { nativeBinding: ctx.nativeBinding }));

  ctx.db.close();
  try {
    replaceDatabaseFile(chosen.path, ctx.databasePath);
    reopen();
  } catch (error) {
    // Whatever failed, the clerk gets back the database they had a moment ago.
    try {
      if (ctx.db.open) ctx.db.close();
      replaceDatabaseFile(undoPath, ctx.databasePath);
    } finally {
      reopen();
    }
    if (error instanceof DomainError) throw error;
    throw new DomainError(
      'CONFLICT',
      'Không khôi phục được: tệp cơ sở dữ liệu đang bị chương trình khác giữ hoặc không ghi được. Dữ liệu vẫn như trước.',
    );
  }
  return { restored: findBackup(ctx.databasePath, name), undo };
}
