import { describe, expect, it } from 'vitest';
import { clusterConference, ok } from './support/conference.ts';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';
import type { Delegate } from '../../shared/api/schemas/delegates.ts';

async function setup(api: Router) {
  const { conferenceId, memberId } = await clusterConference(api, { startTime: '08:00' });
  return { cb: memberId('CB'), lc: memberId('LCI'), conferenceId };
}

const seedPeople = (cb: number, lc: number) => [
  {
    fullName: 'Hoàng Xuân Ánh',
    gender: 'Nam',
    positionLines: 'Phó Bí thư Tỉnh ủy\nChủ tịch UBND tỉnh Cao Bằng\nPhó trưởng Cụm thi đua',
    delegationMemberId: cb,
    role: 'dong_chu_tri',
    protocolGroup: 'lanh_dao_cum',
    protocolRank: 2,
  },
  {
    fullName: 'Hà Thị Nga',
    gender: 'nu',
    positionLines: [
      'Ủy viên Trung ương Đảng',
      'Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
      'Thành viên Hội đồng Thi đua - Khen thưởng Trung ương',
    ],
    delegationKind: 'central',
    delegationLabel: 'Trung ương',
    role: 'khach_moi',
    protocolGroup: 'lanh_dao_trung_uong',
    protocolRank: 1,
  },
  {
    fullName: 'Trịnh Xuân Trường',
    gender: 'nam',
    positionLines: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Lào Cai', 'Trưởng Cụm thi đua'],
    delegationMemberId: lc,
    role: 'chu_tri',
    protocolGroup: 'lanh_dao_cum',
    protocolRank: 1,
  },
];

const list = (api: Router, conferenceId: number, extra: object = {}) =>
  ok<{ rows: Delegate[]; total: number; delegations: { key: string; name: string; count: number }[] }>(
    api,
    'delegates.list',
    { conferenceId, ...extra },
  );

describe('delegates', () => {
  it('list in protocol order with the derived honorific and guest flag', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    await ok(api, 'delegates.createMany', { conferenceId, rows: seedPeople(cb, lc) });
    const { rows, total } = await list(api, conferenceId);
    expect(total).toBe(3);
    expect(rows.map((d) => [d.protocolIndex, d.honorific, d.fullName, d.isGuest])).toEqual([
      [1, 'Bà', 'Hà Thị Nga', true],
      [2, 'Ông', 'Trịnh Xuân Trường', true],
      [3, 'Ông', 'Hoàng Xuân Ánh', false],
    ]);
    expect(rows[2]!.positionLines).toEqual([
      'Phó Bí thư Tỉnh ủy',
      'Chủ tịch UBND tỉnh Cao Bằng',
      'Phó trưởng Cụm thi đua',
    ]);
    expect(rows[1]!.delegationName).toBe('Tỉnh Lào Cai');
  });

  it('find "ha thi nga" regardless of diacritics and case, and filter by status', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    await ok(api, 'delegates.createMany', { conferenceId, rows: seedPeople(cb, lc) });
    expect((await list(api, conferenceId, { query: 'ha thi nga' })).rows.map((d) => d.fullName)).toEqual([
      'Hà Thị Nga',
    ]);
    expect((await list(api, conferenceId, { query: 'TRINH truong' })).rows.map((d) => d.fullName)).toEqual([
      'Trịnh Xuân Trường',
    ]);
    expect((await list(api, conferenceId, { query: 'phu nu' })).rows).toHaveLength(1);
    expect((await list(api, conferenceId, { statuses: ['co_mat'] })).rows).toHaveLength(0);
  });

  it('sort by name: given name first, in Vietnamese alphabet order', async () => {
    const { api } = freshApi();
    const { cb, conferenceId } = await setup(api);
    const rows = [
      'Nguyễn Văn Ánh',
      'Lê Thị Anh',
      'Trần Ăn',
      'Phạm Văn Âu',
      'Đỗ Văn Dũng',
      'Bùi Văn Đạt',
      'Hoàng Xuân Ánh',
    ];
    await ok(api, 'delegates.createMany', {
      conferenceId,
      rows: rows.map((fullName) => ({ fullName, delegationMemberId: cb })),
    });
    const sorted = await list(api, conferenceId, { sort: 'name' });
    expect(sorted.rows.map((d) => d.fullName)).toEqual([
      'Lê Thị Anh',
      'Nguyễn Văn Ánh',
      'Hoàng Xuân Ánh',
      'Trần Ăn',
      'Phạm Văn Âu',
      'Đỗ Văn Dũng',
      'Bùi Văn Đạt',
    ]);
  });

  it('group by delegation with counts', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    await ok(api, 'delegates.createMany', { conferenceId, rows: seedPeople(cb, lc) });
    await ok(api, 'delegates.create', { conferenceId, fullName: 'Nông Văn Bình', delegationMemberId: cb });
    const { delegations } = await list(api, conferenceId, { sort: 'delegation' });
    expect(delegations.map((g) => [g.name, g.count])).toEqual([
      ['Trung ương', 1],
      ['Tỉnh Cao Bằng', 2],
      ['Tỉnh Lào Cai', 1],
    ]);
  });

  it('keep a manual protocol order (full list or one move) until it is reset', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    const created = await ok<Delegate[]>(api, 'delegates.createMany', {
      conferenceId,
      rows: seedPeople(cb, lc),
    });
    const [anh, nga, truong] = created.map((d) => d.id) as [number, number, number];
    await ok(api, 'delegates.reorder', { conferenceId, ids: [truong, anh, nga] });
    expect((await list(api, conferenceId)).rows.map((d) => d.id)).toEqual([truong, anh, nga]);
    await ok(api, 'delegates.reorder', { conferenceId, id: nga, toIndex: 1 });
    expect((await list(api, conferenceId)).rows.map((d) => d.id)).toEqual([truong, nga, anh]);
    const incomplete = await api('delegates.reorder', { conferenceId, ids: [truong, anh] });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok(api, 'delegates.resetOrder', { conferenceId });
    expect((await list(api, conferenceId)).rows.map((d) => d.id)).toEqual([nga, truong, anh]);
  });

  it('update one field without touching the others', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    const [anh] = await ok<Delegate[]>(api, 'delegates.createMany', {
      conferenceId,
      rows: seedPeople(cb, lc),
    });
    const updated = await ok<Delegate>(api, 'delegates.update', {
      id: anh!.id,
      status: 'vang',
      absenceReason: 'Bận công tác',
    });
    expect(updated).toMatchObject({
      status: 'vang',
      absenceReason: 'Bận công tác',
      protocolRank: 2,
      gender: 'nam',
    });
    expect((await list(api, conferenceId, { query: 'ban cong tac' })).rows).toHaveLength(1);
  });
});

describe('pasting delegates', () => {
  it('write all rows in one go', async () => {
    const { api } = freshApi();
    const { cb, conferenceId } = await setup(api);
    const rows = Array.from({ length: 20 }, (_, i) => ({
      fullName: `Đại biểu số ${i + 1}`,
      delegationMemberId: cb,
    }));
    expect(await ok<Delegate[]>(api, 'delegates.createMany', { conferenceId, rows })).toHaveLength(20);
  });

  it('write nothing when one row is wrong, naming the row and field in Vietnamese', async () => {
    const { api, db } = freshApi();
    const { cb, conferenceId } = await setup(api);
    const rows = Array.from({ length: 6 }, (_, i) => ({
      fullName: `Người ${i + 1}`,
      delegationMemberId: cb,
    }));
    rows[3] = { fullName: '   ', delegationMemberId: cb };
    const result = await api('delegates.createMany', { conferenceId, rows });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Dòng 4: Chưa nhập họ và tên.',
        issues: [{ path: 'rows.3.fullName', message: 'Dòng 4: Chưa nhập họ và tên.' }],
      },
    });
    expect(db.prepare('SELECT count(*) FROM delegate').pluck().get()).toBe(0);
  });

  it('check the delegation of every row against the cluster, writing nothing on a mismatch', async () => {
    const { api, db } = freshApi();
    const { cb, conferenceId } = await setup(api);
    const other = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm khác' });
    const stranger = await ok<{ id: number }>(api, 'members.create', {
      clusterId: other.id,
      code: 'X',
      shortName: 'X',
      officialName: 'UBND tỉnh X',
    });
    const result = await api('delegates.createMany', {
      conferenceId,
      rows: [
        { fullName: 'Người Một', delegationMemberId: cb },
        { fullName: 'Người Hai', delegationMemberId: stranger.id },
        { fullName: 'Người Ba' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Dòng 2: Đoàn phải là một thành viên của cụm (và 1 lỗi khác).',
        issues: [
          { path: 'rows.1.delegationMemberId', message: 'Dòng 2: Đoàn phải là một thành viên của cụm.' },
          { path: 'rows.2.delegationMemberId', message: 'Dòng 3: Chọn tỉnh (thành viên cụm) của đoàn.' },
        ],
      },
    });
    expect(db.prepare('SELECT count(*) FROM delegate').pluck().get()).toBe(0);
  });

  it.each([
    ['an unknown gender', { gender: 'x' }, 'gender', 'Giới tính: nhập "Nam" hoặc "Nữ".'],
    ['a bad email', { email: 'nga@' }, 'email', 'Email không đúng dạng, ví dụ ten@caobang.gov.vn.'],
    ['a birth year too early', { birthYear: 1800 }, 'birthYear', 'Năm sinh phải từ 1900 trở đi.'],
    ['an unknown status', { status: 'den' }, 'status', 'Trạng thái mời không hợp lệ.'],
  ])('reject %s with a Vietnamese message on the field', async (_, change, path, message) => {
    const { api } = freshApi();
    const { cb, conferenceId } = await setup(api);
    const result = await api('delegates.create', {
      conferenceId,
      fullName: 'Hà Thị Nga',
      delegationMemberId: cb,
      ...change,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message, issues: [{ path, message }] },
    });
  });
});

describe('deleting delegates', () => {
  it('delete several and undo', async () => {
    const { api } = freshApi();
    const { cb, lc, conferenceId } = await setup(api);
    const created = await ok<Delegate[]>(api, 'delegates.createMany', {
      conferenceId,
      rows: seedPeople(cb, lc),
    });
    const ids = created.slice(0, 2).map((d) => d.id);
    expect(await ok(api, 'delegates.delete', { ids })).toEqual({ count: 2 });
    expect((await list(api, conferenceId)).total).toBe(1);
    expect(await api('delegates.delete', { ids })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const restored = await ok<Delegate[]>(api, 'delegates.restore', { ids });
    expect(restored.map((d) => d.fullName)).toEqual(['Hoàng Xuân Ánh', 'Hà Thị Nga']);
    expect((await list(api, conferenceId)).total).toBe(3);
    expect(await api('delegates.restore', { ids })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không có đại biểu đã xóa nào để khôi phục.' },
    });
  });
});
