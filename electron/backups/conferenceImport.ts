/**
 * Opening a conference file: the bytes are copied to a private temp file first (the clerk's file is never
 * touched, and a path or an upload are handled the same way), checked, the database is backed up, and the
 * file is merged in one transaction.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { HandlerContext } from '../api/context.ts';
import type { MergeSummary } from '../../shared/api/methods/backups.ts';
import { DomainError } from '../../shared/api/result.ts';
import { backupBeforeImport } from './backups.ts';
import { assertPack, mergeAttached, packMessages } from './conferenceMerge.ts';
import { incoming } from './mergeRows.ts';
import { checkFile, withAttached } from './sqliteFiles.ts';

export type ConferenceFileInput = { path: string } | { name: string; base64: string };

function stage(file: ConferenceFileInput, into: string): string {
  if ('base64' in file) {
    writeFileSync(into, Buffer.from(file.base64, 'base64'));
    return into;
  }
  try {
    copyFileSync(file.path, into);
  } catch {
    throw new DomainError(
      'NOT_FOUND',
      `Không mở được tệp "${basename(file.path)}"; hãy kiểm tra tệp còn ở đó và không bị khóa.`,
    );
  }
  return into;
}

export async function importConferenceFile(
  ctx: Pick<HandlerContext, 'db' | 'databasePath'>,
  file: ConferenceFileInput,
): Promise<MergeSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-merge-'));
  try {
    const staged = stage(file, join(dir, 'incoming.thukyhn'));
    checkFile(ctx.db, staged, packMessages);
    withAttached(ctx.db, staged, incoming, () => assertPack(ctx.db));
    const backup = await backupBeforeImport(ctx, 'conference');
    const summary = withAttached(ctx.db, staged, incoming, () => mergeAttached(ctx.db));
    return { ...summary, backupName: backup.name };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
