import { describe, expect, it } from 'vitest';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';

async function ok<T = unknown>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function setup(api: Router) {
  const cluster = await ok<{ id: number }>(api, 'clusters.create', { name: '  Cụm thi đua   7 tỉnh ' });
  const cb = await ok<{ id: number }>(api, 'members.create', {
    clusterId: cluster.id,
    code: 'CB',
    shortName: 'Cao Bằng',
    officialName: 'UBND tỉnh Cao Bằng',
  });
  const lc = await ok<{ id: number }>(api, 'members.create', {
    clusterId: cluster.id,
    code: 'LC',
    shortName: 'Lào Cai',
    officialName: 'UBND tỉnh Lào Cai',
  });
  return { cluster, cb, lc };
}

const conference = (clusterId: number, extra: object = {}) => ({
  clusterId,
  title: 'Hội nghị sơ kết 6 tháng đầu năm 2024',
  kind: 'so_ket_6_thang',
  year: 2024,
  date: '2024-08-01',
  startTime: '08:00',
  ...extra,
});

describe('clusters and members', () => {
  it('clean text on the way in and list members in the cluster order', async () => {
    const { api } = freshApi();
    const { cluster, lc } = await setup(api);
    const [listed] = await ok<{ name: string; memberCount: number }[]>(api, 'clusters.list', {});
    expect(listed).toMatchObject({ name: 'Cụm thi đua 7 tỉnh', memberCount: 2 });
    await ok(api, 'members.move', { id: lc.id, position: 0 });
    const members = await ok<{ code: string }[]>(api, 'members.list', { clusterId: cluster.id });
    expect(members.map((m) => m.code)).toEqual(['LC', 'CB']);
  });

  it('refuse a duplicate member code against the field, writing nothing', async () => {
    const { api, db } = freshApi();
    const { cluster } = await setup(api);
    const result = await api('members.create', {
      clusterId: cluster.id,
      code: 'CB',
      shortName: 'Cao Bằng 2',
      officialName: 'UBND tỉnh Cao Bằng',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: 'code' }] } });
    expect(db.prepare('SELECT count(*) FROM member_unit').pluck().get()).toBe(2);
  });

  it('keep membership dates in order (a member that merged away ends the day before)', async () => {
    const { api } = freshApi();
    const { cluster } = await setup(api);
    const bad = await api('members.create', {
      clusterId: cluster.id,
      code: 'HG',
      shortName: 'Hà Giang',
      officialName: 'UBND tỉnh Hà Giang',
      validFrom: '2025-07-01',
      validTo: '2025-06-30',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Ngày kết thúc phải sau ngày bắt đầu.' },
    });
  });

  it('delete a member and undo it', async () => {
    const { api } = freshApi();
    const { cluster, cb } = await setup(api);
    await ok(api, 'members.delete', { id: cb.id });
    expect(await ok<unknown[]>(api, 'members.list', { clusterId: cluster.id })).toHaveLength(1);
    await ok(api, 'members.restore', { id: cb.id });
    expect(await ok<unknown[]>(api, 'members.list', { clusterId: cluster.id })).toHaveLength(2);
  });
});

describe('conferences', () => {
  it('create, read back with the host name, update, delete and undo', async () => {
    const { api } = freshApi();
    const { cluster, cb } = await setup(api);
    const created = await ok<{ id: number; hostMemberName: string; venue: string }>(
      api,
      'conferences.create',
      conference(cluster.id, { hostMemberId: cb.id }),
    );
    expect(created).toMatchObject({ hostMemberName: 'UBND tỉnh Cao Bằng', venue: '' });
    await ok(api, 'conferences.update', { ...conference(cluster.id), id: created.id, venue: 'Cao Bằng' });
    expect(await ok(api, 'conferences.get', { id: created.id })).toMatchObject({
      venue: 'Cao Bằng',
      hostMemberId: null,
    });
    await ok(api, 'conferences.delete', { id: created.id });
    expect(await ok<unknown[]>(api, 'conferences.list', {})).toHaveLength(0);
    expect(await api('conferences.get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await ok(api, 'conferences.restore', { id: created.id });
    expect(await ok<unknown[]>(api, 'conferences.list', { clusterId: cluster.id })).toHaveLength(1);
  });

  it('refuse a host from another cluster', async () => {
    const { api } = freshApi();
    const { cluster } = await setup(api);
    const other = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm khác' });
    const stranger = await ok<{ id: number }>(api, 'members.create', {
      clusterId: other.id,
      code: 'X',
      shortName: 'X',
      officialName: 'UBND tỉnh X',
    });
    const result = await api('conferences.create', conference(cluster.id, { hostMemberId: stranger.id }));
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'hostMemberId' }] } });
  });
});

describe('the contract', () => {
  it.each([
    ['an empty title', { title: '   ' }, 'title', 'Chưa nhập tên hội nghị.'],
    ['a year out of range', { year: 1990 }, 'year', 'Năm phải từ 2000 trở đi.'],
    [
      'a date that does not exist',
      { date: '2024-02-30' },
      'date',
      'Ngày họp: ngày không hợp lệ (dạng YYYY-MM-DD).',
    ],
    [
      'a start time past midnight',
      { startTime: '25:00' },
      'startTime',
      'Giờ bắt đầu phải có dạng HH:MM, ví dụ 08:00.',
    ],
    ['an unknown kind', { kind: 'party' }, 'kind', 'Loại hội nghị không hợp lệ.'],
  ])(
    'rejects %s with a Vietnamese message on the field and writes nothing',
    async (_, change, path, message) => {
      const { api, db } = freshApi();
      const { cluster } = await setup(api);
      const result = await api('conferences.create', conference(cluster.id, change));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message, issues: [{ path, message }] },
      });
      expect(db.prepare('SELECT count(*) FROM conference').pluck().get()).toBe(0);
    },
  );

  it('rejects an unknown method and a non-object input', async () => {
    const { api } = freshApi();
    expect(await api('conferences.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await api('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await api('clusters.create', 'Cụm')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('hides internal failures behind one Vietnamese sentence', async () => {
    const { api, db, internalErrors } = freshApi();
    db.close();
    const result = await api('clusters.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(internalErrors).toHaveLength(1);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.ts/u);
  });
});

describe('the router with a method name that is not a string', () => {
  it('refuses it without throwing, even for an object with no prototype', async () => {
    const { api } = freshApi();
    for (const name of [Object.create(null), { toString: () => 'x' }, 42, null, ['clusters.list']]) {
      expect(await api(name, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'Không có chức năng.' },
      });
    }
  });
});
