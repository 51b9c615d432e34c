/** A conference as one .thukyhn file: only that conference inside, merged elsewhere without duplicates, all or nothing. */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshApi, tempDir } from '../support/db.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { seedDemoReturns } from '../../../electron/returns/demoReturns.ts';
import type { Router } from '../../../electron/api/router.ts';
import { value } from './call.ts';
import type { Db } from '../../../electron/db/connection.ts';

const count = (db: Db, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE deleted_at IS NULL`).pluck().get() as number;

const delegateNames = (db: Db) =>
  db.prepare('SELECT full_name FROM delegate WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];

/** Every table's rows, for "nothing changed" checks. */
const snapshot = (db: Db) =>
  (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]
  ).map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]);

async function demoSource() {
  const source = freshApi();
  const { conferenceId, clusterId } = seedDemo(source.db);
  await seedDemoReturns(source.db, conferenceId);
  return { ...source, conferenceId, clusterId };
}

async function exportTo(api: Router, id: number): Promise<string> {
  const path = join(tempDir(), 'Hội nghị.thukyhn');
  await value(api, 'conferences.exportFile', { id, path });
  return path;
}

describe('conference file', () => {
  it('holds the conference, its cluster and records, and nothing of another conference', async () => {
    const { api, db, conferenceId } = await demoSource();
    const other = await value(api, 'clusters.create', { name: 'Cụm khác' });
    const otherConf = await value(api, 'conferences.create', {
      clusterId: other.id,
      title: 'Hội nghị riêng tư',
      kind: 'khac',
      year: 2024,
    });
    await value(api, 'delegates.create', {
      conferenceId: otherConf.id,
      fullName: 'Người Không Liên Quan',
      delegationKind: 'guest',
    });
    const path = await exportTo(api, conferenceId);
    const pack = new Database(path, { readonly: true });
    try {
      expect(pack.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(pack.prepare('SELECT value FROM thukyhn_info WHERE key = ?').pluck().get('format')).toBe(
        'thukyhn',
      );
      expect(pack.prepare('SELECT title FROM conference').pluck().all()).toHaveLength(1);
      expect(pack.prepare('SELECT name FROM cluster').pluck().all()).toHaveLength(1);
      expect(pack.prepare('SELECT count(*) FROM delegate').pluck().get()).toBe(count(db, 'delegate') - 1);
      expect(pack.prepare('SELECT count(*) FROM member_return').pluck().get()).toBe(7);
    } finally {
      pack.close();
    }
    // VACUUM leaves no trace of removed rows in free pages.
    expect(readFileSync(path).includes(Buffer.from('Người Không Liên Quan'))).toBe(false);
  });

  it('opens on another machine, and opening it again adds nothing', async () => {
    const source = await demoSource();
    const path = await exportTo(source.api, source.conferenceId);
    const target = freshApi();
    const first = await value(target.api, 'conferences.importFile', { path });
    expect(first).toMatchObject({
      conferenceCreated: true,
      clusterCreated: true,
      members: { added: 7, matched: 0 },
      delegates: { added: count(source.db, 'delegate'), matched: 0 },
      returns: { added: 7, matched: 0 },
    });
    expect(count(target.db, 'award_entry')).toBe(count(source.db, 'award_entry'));
    expect(delegateNames(target.db)).toEqual(delegateNames(source.db));
    const values = 'SELECT count(*) FROM return_value';
    expect(target.db.prepare(values).pluck().get()).toBe(source.db.prepare(values).pluck().get());

    const again = await value(target.api, 'conferences.importFile', { path });
    expect(again).toMatchObject({
      conferenceCreated: false,
      delegates: { added: 0 },
      awardEntries: { added: 0 },
    });
    expect(delegateNames(target.db)).toEqual(delegateNames(source.db));
    expect(target.internalErrors).toEqual([]);
  });

  it("two clerks share their work: each side gains the other's delegates, names matched without diacritics or case", async () => {
    const a = await demoSource();
    const b = freshApi();
    await value(b.api, 'conferences.importFile', { path: await exportTo(a.api, a.conferenceId) });
    const bConference = b.db.prepare('SELECT id FROM conference').pluck().get() as number;
    const [existing] = delegateNames(b.db) as [string];
    const organization = b.db
      .prepare('SELECT organization FROM delegate WHERE full_name = ?')
      .pluck()
      .get(existing) as string;
    // Clerk B types an existing delegate again in capitals without diacritics, and adds a new one.
    const folded = existing
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toUpperCase();
    await value(b.api, 'delegates.create', {
      conferenceId: bConference,
      fullName: folded,
      organization,
      delegationKind: 'guest',
    });
    await value(b.api, 'delegates.create', {
      conferenceId: bConference,
      fullName: 'Hoàng Thị Mới',
      organization: 'Sở Nội vụ',
      delegationKind: 'guest',
    });
    // Meanwhile clerk A adds someone else.
    await value(a.api, 'delegates.create', {
      conferenceId: a.conferenceId,
      fullName: 'Lò Văn Khác',
      delegationKind: 'guest',
    });

    const merged = await value(a.api, 'conferences.importFile', {
      path: await exportTo(b.api, bConference),
    });
    expect(merged).toMatchObject({
      conferenceCreated: false,
      conferenceId: a.conferenceId,
      delegates: { added: 1 },
    });
    const names = delegateNames(a.db);
    expect(names.filter((n) => n === 'Hoàng Thị Mới')).toHaveLength(1);
    expect(names).toContain('Lò Văn Khác');
    expect(names).not.toContain(folded);
    expect(new Set(names).size).toBe(names.length);
  });

  it('browser mode: bytes out, bytes in', async () => {
    const source = await demoSource();
    const out = await value(source.api, 'conferences.exportFile', { id: source.conferenceId });
    expect(out.fileName).toBe('Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024.thukyhn');
    const target = freshApi();
    const merged = await target.api('conferences.importFile', {
      name: out.fileName,
      base64: out.base64 ?? '',
    });
    expect(merged).toMatchObject({ ok: true, value: { conferenceCreated: true } });
  });

  it('a foreign, empty or corrupt file is refused with one sentence and nothing is written', async () => {
    const source = await demoSource();
    const path = await exportTo(source.api, source.conferenceId);
    const corrupt = readFileSync(path);
    for (let i = 8192; i < corrupt.length; i += 1) corrupt[i] = (i * 31) & 0xff;
    const target = freshApi();
    await value(target.api, 'clusters.create', { name: 'Cụm của tôi' });
    const before = snapshot(target.db);
    const files = {
      backup: readFileSync(source.file),
      text: Buffer.from('Đây là một tệp văn bản, không phải tệp hội nghị.'),
      empty: Buffer.alloc(0),
      corrupt,
    };
    for (const [name, bytes] of Object.entries(files)) {
      const result = await target.api('conferences.importFile', { name, base64: bytes.toString('base64') });
      expect(result, name).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok) expect(result.error.message.split('. ').length, name).toBe(1);
    }
    expect(snapshot(target.db)).toEqual(before);
    expect(target.internalErrors).toEqual([]);
  });

  it('all or nothing: a bad row late in the file leaves the database as it was', async () => {
    const source = await demoSource();
    const path = await exportTo(source.api, source.conferenceId);
    // As if another build wrote it: award_entry without the CHECK this database enforces, and a row that breaks it.
    const loosen = new Database(path);
    loosen.unsafeMode(true);
    loosen.pragma('writable_schema = ON');
    loosen
      .prepare(
        `UPDATE sqlite_master SET sql = replace(sql, 'CHECK (length(recipient_name) > 0)', '') WHERE name = 'award_entry'`,
      )
      .run();
    loosen.close();
    const edit = new Database(path);
    edit
      .prepare(`UPDATE award_entry SET recipient_name = '' WHERE id = (SELECT max(id) FROM award_entry)`)
      .run();
    expect(edit.pragma('integrity_check', { simple: true })).toBe('ok');
    edit.close();
    const target = freshApi();
    const before = snapshot(target.db);
    const result = await target.api('conferences.importFile', { path });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(target.db)).toEqual(before);
  });

  it('a missing conference cannot be exported', async () => {
    const { api } = freshApi();
    expect(await api('conferences.exportFile', { id: 99 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    writeFileSync(join(tempDir(), 'x'), '');
  });
});
