import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding, openAppDatabase, parseLaunchArgs } from '../../electron/shell/launch.ts';
import { schemaVersion } from '../../electron/db/migrate.ts';
import { tempDir } from './support/db.ts';

describe('parseLaunchArgs', () => {
  it('reads --db and --user-data-dir among Electron and Chromium switches', () => {
    const options = parseLaunchArgs([
      'dist-electron/main.mjs',
      '--inspect=0',
      '--remote-debugging-port=0',
      '--db',
      'data/x.db',
      '--user-data-dir=/tmp/profile',
      '--no-sandbox',
    ]);
    expect(options).toEqual({ db: resolve('data/x.db'), userDataDir: resolve('/tmp/profile') });
  });

  it('leaves both unset when absent or empty', () => {
    expect(parseLaunchArgs(['.'])).toEqual({ db: undefined, userDataDir: undefined });
    expect(parseLaunchArgs(['--db='])).toEqual({ db: undefined, userDataDir: undefined });
  });
});

describe('electronNativeBinding', () => {
  it('finds native/electron-<version>/better_sqlite3.node only when it was built', () => {
    const root = tempDir();
    expect(electronNativeBinding('43.8.12', root)).toBeUndefined();
    mkdirSync(join(root, 'native', 'electron-43.8.12'), { recursive: true });
    writeFileSync(join(root, 'native', 'electron-43.8.12', 'better_sqlite3.node'), '');
    expect(electronNativeBinding('43.8.12', root)).toBe(
      join(root, 'native', 'electron-43.8.12', 'better_sqlite3.node'),
    );
    expect(electronNativeBinding('44.0.0', root)).toBeUndefined();
  });
});

describe('openAppDatabase', () => {
  it('opens and migrates a new database', () => {
    const file = join(tempDir(), 'thu-ky-hoi-nghi.db');
    const opened = openAppDatabase(file, undefined);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(schemaVersion(opened.db)).toBeGreaterThanOrEqual(1);
    opened.db.close();
  });

  it('refuses a database from a newer version with a Vietnamese message and leaves it unchanged', () => {
    const file = join(tempDir(), 'newer.db');
    const raw = new Database(file);
    raw.pragma('user_version = 9999');
    raw.close();
    const opened = openAppDatabase(file, undefined);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toContain('phiên bản mới hơn');
    expect(opened.message).toContain(file);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(9999);
    check.close();
  });

  it('explains a file that is not a database', () => {
    const file = join(tempDir(), 'letter.db');
    writeFileSync(file, 'Kính gửi: Ban Thi đua - Khen thưởng '.repeat(200));
    const opened = openAppDatabase(file, undefined);
    expect(opened).toEqual({
      ok: false,
      message: expect.stringContaining('không phải cơ sở dữ liệu SQLite'),
    });
  });

  it('creates a missing folder', () => {
    const file = join(tempDir(), 'new-folder', 'x.db');
    const opened = openAppDatabase(file, undefined);
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.db.close();
  });

  it('explains a folder that cannot exist', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), '');
    const file = join(dir, 'plain-file', 'x.db');
    const opened = openAppDatabase(file, undefined);
    expect(opened).toEqual({ ok: false, message: expect.stringContaining('thư mục chứa tệp không tồn tại') });
  });

  it('explains an addon built for the wrong runtime', () => {
    const dir = tempDir();
    const fakeAddon = join(dir, 'better_sqlite3.node');
    writeFileSync(fakeAddon, 'this is not a shared library, just text. '.repeat(20));
    const opened = openAppDatabase(join(dir, 'x.db'), fakeAddon);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toContain('npm run native:electron');
  });
});
