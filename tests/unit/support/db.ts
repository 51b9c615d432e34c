/** A fresh, migrated, real SQLite file per test, in its own temp folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../../electron/db/connection.ts';
import { createRouter, type Router } from '../../../electron/api/router.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuky-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function freshDb(): { db: Db; file: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'test.db');
  const db = openDatabase(file);
  cleanups.unshift(() => db.open && db.close());
  return { db, file, dir };
}

/** The API router over a fresh database: the same path every transport takes. */
export function freshApi(): { api: Router; db: Db; file: string; dir: string; internalErrors: unknown[] } {
  const env = freshDb();
  const internalErrors: unknown[] = [];
  const api = createRouter(
    { db: env.db, databasePath: env.file, appVersion: 'test' },
    { onInternalError: (_method, error) => internalErrors.push(error) },
  );
  return { api, internalErrors, ...env };
}
