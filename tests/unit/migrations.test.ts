import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/db/connection.ts';
import { loadMigrations, latestVersion, migrate, schemaVersion } from '../../electron/db/migrate.ts';
import { tempDir } from './support/db.ts';

describe('migrations', () => {
  it('bring a new file up to the latest version, with WAL and foreign keys on', () => {
    const file = join(tempDir(), 'new.db');
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestVersion(loadMigrations()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['cluster', 'member_unit', 'conference']));
    db.close();
  });

  it('are applied once: reopening changes nothing', () => {
    const file = join(tempDir(), 'again.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('refuse a database written by a newer version, with a Vietnamese message, and leave it untouched', () => {
    const file = join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.exec('CREATE TABLE future (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn.*lược đồ 999/u);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });

  it('roll back a failing migration as a whole', () => {
    const dir = tempDir();
    const migrationsDir = join(dir, 'migrations');
    mkdirSync(migrationsDir);
    writeFileSync(join(migrationsDir, '0001_ok.sql'), 'CREATE TABLE a (x);');
    writeFileSync(
      join(migrationsDir, '0002_broken.sql'),
      'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1);',
    );
    const db = new Database(join(dir, 'm.db'));
    expect(() => migrate(db, loadMigrations(migrationsDir))).toThrow();
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse two migrations with the same number', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0001_a.sql'), 'SELECT 1;');
    writeFileSync(join(dir, '0001_b.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/share number 1/u);
  });
});
