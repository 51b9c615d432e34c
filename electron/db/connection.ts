/** Opens the one SQLite database of an installation (or of a `--db FILE`), migrated and ready. */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { latestVersion, loadMigrations, migrate, NewerDatabaseError, schemaVersion } from './migrate.ts';

export type { Db };

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 addon built for the running runtime. Electron passes the build made for its ABI
   * (see scripts/build-native-electron.mjs); plain Node uses the package's default build.
   */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  try {
    // Refuse a newer database before anything writes to it (even switching the journal mode does).
    const migrations = loadMigrations();
    const found = schemaVersion(db);
    if (found > latestVersion(migrations)) throw new NewerDatabaseError(found, latestVersion(migrations));
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, migrations);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
