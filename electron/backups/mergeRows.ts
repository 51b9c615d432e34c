/**
 * Row plumbing for merging an attached conference file: read its rows as they are, and insert them here with
 * only the columns both sides know (a file from an older version lacks new columns, which take their
 * defaults), references rewritten to this database's ids.
 */
import type { Db } from '../db/connection.ts';

export type Row = Record<string, unknown>;

export const incoming = 'thuky_incoming';

export class RowCopier {
  private readonly columns = new Map<string, Set<string>>();

  constructor(private readonly db: Db) {}

  private columnsOf(schema: string, table: string): Set<string> {
    const key = `${schema}.${table}`;
    let found = this.columns.get(key);
    if (!found) {
      const rows = this.db.prepare(`PRAGMA ${schema}.table_info("${table}")`).all() as { name: string }[];
      found = new Set(rows.map((r) => r.name));
      this.columns.set(key, found);
    }
    return found;
  }

  hasIncoming(table: string): boolean {
    return this.columnsOf(incoming, table).size > 0;
  }

  /** The file's rows of `table` (none when the file predates the table). */
  rows(table: string, where = '1', params: unknown[] = []): Row[] {
    if (!this.hasIncoming(table) || this.columnsOf('main', table).size === 0) return [];
    return this.db.prepare(`SELECT * FROM ${incoming}."${table}" WHERE ${where}`).all(...params) as Row[];
  }

  /** Inserts `row` (its id dropped) with `changes` applied; returns the new id. */
  insert(table: string, row: Row, changes: Row = {}): number {
    const target = this.columnsOf('main', table);
    const values: Row = { ...row, ...changes };
    const names = Object.keys(values).filter((name) => name !== 'id' && target.has(name));
    const sql = `INSERT INTO main."${table}" (${names.map((n) => `"${n}"`).join(', ')})
      VALUES (${names.map(() => '?').join(', ')})`;
    const result = this.db.prepare(sql).run(...names.map((n) => values[n]));
    return Number(result.lastInsertRowid);
  }
}

/** An id from the file, mapped to this database (null when it pointed nowhere we know). */
export function mapped(map: Map<number, number>, value: unknown): number | null {
  return typeof value === 'number' ? (map.get(value) ?? null) : null;
}

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
