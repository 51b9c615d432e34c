/**
 * Numbered SQL migrations (`NNNN_name.sql`), each applied in one transaction, tracked by PRAGMA user_version.
 * A database written by a newer version of the app is refused rather than guessed at.
 */
import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../shared/api/result.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Resolves beside this module in source, and beside the bundle in dist-electron (the build copies the folder).
const defaultDir = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir = defaultDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/u.test(f))
    .sort()
    .map((file, index, files) => {
      const version = Number(file.slice(0, 4));
      // Gaps are allowed (capabilities get their numbers as they are planned); duplicates are not.
      if (index > 0 && Number(files[index - 1]!.slice(0, 4)) === version) {
        throw new Error(`Two migrations share number ${version}.`);
      }
      return { version, name: file, sql: readFileSync(`${dir}/${file}`, 'utf8') };
    });
}

export class NewerDatabaseError extends DomainError {
  constructor(found: number, known: number) {
    super(
      'CONFLICT',
      `Cơ sở dữ liệu này do một phiên bản mới hơn của Thư ký Hội nghị tạo ra (lược đồ ${found}, ` +
        `phiên bản này chỉ hiểu đến ${known}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.`,
    );
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Brings the database up to the newest migration; returns the versions applied. */
export function migrate(db: Database, migrations: Migration[] = loadMigrations()): number[] {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) throw new NewerDatabaseError(current, latest);
  const applied: number[] = [];
  for (const m of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
