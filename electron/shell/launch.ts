/**
 * What the main process decides before it opens a window: which database, which user-data folder, which
 * better-sqlite3 addon. Pure Node (no 'electron' import) so it is tested under Node.
 *
 * Native module scheme: `npm ci` builds better-sqlite3 for Node (unit/e2e tests, the `thuky` CLI) and that build
 * stays untouched. `npm run native:electron` (scripts/build-native-electron.mjs) builds a second copy for
 * Electron's ABI into native/electron-<version>/better_sqlite3.node, which an unpackaged app passes to
 * better-sqlite3 as `nativeBinding`. A packaged app carries electron-builder's own rebuild and uses the default.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { openDatabase, type Db } from '../db/connection.ts';
import { DomainError } from '../../shared/api/result.ts';
import { databaseText } from './strings.ts';

export const defaultDatabaseName = 'thu-ky-hoi-nghi.db';

export interface LaunchOptions {
  /** `--db FILE`: the database to open instead of the one in the user-data folder. */
  db?: string;
  /** `--user-data-dir DIR`: a separate user-data folder (and single-instance lock), e.g. per test. */
  userDataDir?: string;
}

/** Reads our options from the command line, ignoring Chromium's and Electron's own switches. */
export function parseLaunchArgs(argv: readonly string[]): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { db: { type: 'string' }, 'user-data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? resolve(value) : undefined);
  return { db: text(values.db), userDataDir: text(values['user-data-dir']) };
}

/** The Electron-ABI build of better-sqlite3 for an unpackaged app, if `npm run native:electron` made one. */
export function electronNativeBinding(electronVersion: string, projectRoot: string): string | undefined {
  const file = resolve(projectRoot, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

/** The project root of a bundle in dist-electron/ (or, packaged, the root inside app.asar). */
export const bundleRoot = (moduleUrl: string) => fileURLToPath(new URL('..', moduleUrl));

export type OpenedDatabase = { ok: true; db: Db } | { ok: false; message: string };

function refusalReason(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') return databaseText.notADatabase;
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM') return databaseText.readOnly;
  if (
    code === 'SQLITE_CANTOPEN' ||
    code === 'EEXIST' ||
    code === 'ENOTDIR' ||
    code === 'ENOENT' ||
    /directory does not exist/u.test(String(error))
  )
    return databaseText.cannotOpenFile;
  // A better-sqlite3 build for the wrong runtime fails to load before any SQLite code runs.
  if (
    /NODE_MODULE_VERSION|not a valid Win32 application|invalid ELF header|wrong ELF class|mach-o file/u.test(
      String(error),
    )
  )
    return databaseText.nativeModule;
  return databaseText.unexpected(error instanceof Error ? error.message : String(error));
}

/** Opens (and migrates) the database, creating its folder, or explains in Vietnamese why it cannot be used. */
export function openAppDatabase(file: string, nativeBinding: string | undefined): OpenedDatabase {
  try {
    mkdirSync(dirname(file), { recursive: true });
    return { ok: true, db: openDatabase(file, { nativeBinding }) };
  } catch (error) {
    return { ok: false, message: databaseText.cannotOpen(file, refusalReason(error)) };
  }
}
