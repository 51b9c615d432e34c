/**
 * A conference as one `.thukyhn` file: a SQLite database with this app's schema holding the conference, its
 * cluster and members, the award form catalogue and every record of the conference — nothing of any other
 * conference. Made with VACUUM INTO (a consistent copy), trimmed, then compacted so deleted pages carry
 * nothing of what was removed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Db } from '../db/connection.ts';
import type { HandlerContext } from '../api/context.ts';
import { getConference } from '../conferences/repository.ts';
import { schemaVersion } from '../db/migrate.ts';
import { commitFile, withAttached } from './sqliteFiles.ts';

export const packExtension = 'thukyhn';
export const packFormat = 'thukyhn';
export const packFormatVersion = 1;

const pack = 'thuky_pack';

function columnsOf(db: Db, schema: string, table: string): string[] {
  return (db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/** Which rows of a table the file keeps; tables added later follow their conference_id / cluster_id column. */
function keepCondition(db: Db, table: string): string {
  const columns = columnsOf(db, pack, table);
  const live = columns.includes('deleted_at') ? ' AND deleted_at IS NULL' : '';
  switch (table) {
    case 'cluster':
      return 'id = @clusterId';
    case 'conference':
      return 'id = @conferenceId';
    case 'award_form':
      return '1';
    // Deleted members stay: a delegate or a return may still point at one.
    case 'member_unit':
      return 'cluster_id = @clusterId';
    case 'return_value':
      return `return_id IN (SELECT id FROM ${pack}.member_return WHERE conference_id = @conferenceId AND state = 'current')`;
    case 'member_return':
      return `conference_id = @conferenceId AND state = 'current'`;
  }
  if (columns.includes('conference_id')) return `conference_id = @conferenceId${live}`;
  if (columns.includes('cluster_id')) return `cluster_id = @clusterId${live}`;
  return '0';
}

function trim(db: Db, conferenceId: number, clusterId: number): void {
  const tables = db
    .prepare(`SELECT name FROM ${pack}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  // Foreign keys are checked per connection; rows are removed in whatever order, and the merge maps references.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const table of tables) {
        db.prepare(`DELETE FROM ${pack}."${table}" WHERE NOT (${keepCondition(db, table)})`).run({
          conferenceId,
          clusterId,
        });
      }
      db.exec(`CREATE TABLE ${pack}.thukyhn_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const info = db.prepare(`INSERT INTO ${pack}.thukyhn_info (key, value) VALUES (?, ?)`);
      info.run('format', packFormat);
      info.run('formatVersion', String(packFormatVersion));
      info.run('conferenceId', String(conferenceId));
      info.run('schemaVersion', String(schemaVersion(db)));
      info.run('exportedAt', new Date().toISOString());
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  db.exec(`VACUUM ${pack}`);
}

/** "Hội nghị sơ kết … 2024.thukyhn", with the characters Windows refuses in names replaced. */
export function packFileName(title: string): string {
  const safe = [...title]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '-' : ch))
    .join('')
    .slice(0, 120)
    .trim();
  return `${safe || 'Hội nghị'}.${packExtension}`;
}

/** Writes the conference file to `target` (whole or not at all). */
export function writeConferenceFile(db: Db, conferenceId: number, target: string): void {
  const conference = getConference(db, conferenceId);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    withAttached(db, temp, pack, () => trim(db, conferenceId, conference.clusterId));
    commitFile(temp, target);
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
}

/** The file's bytes, for browser mode where the renderer downloads them. */
export function conferenceFileBytes(db: Db, conferenceId: number): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-export-'));
  try {
    const file = join(dir, `export.${packExtension}`);
    writeConferenceFile(db, conferenceId, file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function exportConference(
  ctx: Pick<HandlerContext, 'db' | 'dialogs'>,
  id: number,
  path: string | undefined,
): Promise<{ fileName: string; path: string | null; base64: string | null }> {
  const fileName = packFileName(getConference(ctx.db, id).title);
  if (path) {
    writeConferenceFile(ctx.db, id, path);
    return { fileName: basename(path), path, base64: null };
  }
  if (ctx.dialogs) {
    const chosen = await ctx.dialogs.saveFile({ title: 'Xuất hội nghị ra tệp', defaultPath: fileName });
    if (!chosen) return { fileName, path: null, base64: null };
    writeConferenceFile(ctx.db, id, chosen);
    return { fileName: basename(chosen), path: chosen, base64: null };
  }
  return { fileName, path: null, base64: conferenceFileBytes(ctx.db, id).toString('base64') };
}
