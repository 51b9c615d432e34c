/** Seating from the protocol order: the presidium from the centre outwards, the hall in rows by delegation. */
import { describe, expect, it } from 'vitest';
import { clusterConference, ok } from './support/conference.ts';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';
import type { Delegate } from '../../shared/api/schemas/delegates.ts';
import { centreOutward, presidiumIndex, type SeatingPlan } from '../../shared/api/methods/seating.ts';

describe('chairs from the centre outwards', () => {
  it("puts the presidium's right (the hall's left) before its left", () => {
    expect(centreOutward(5, 'hall')).toEqual([2, 1, 3, 0, 4]);
    expect(centreOutward(4, 'hall')).toEqual([1, 2, 0, 3]);
    expect(centreOutward(1, 'hall')).toEqual([0]);
    // The hall faces the stage: its right is the hall's right.
    expect(centreOutward(5, 'stage')).toEqual([2, 3, 1, 4, 0]);
    expect(presidiumIndex(1, 7)).toBe(3);
    expect(presidiumIndex(2, 7)).toBe(2);
    expect(presidiumIndex(3, 7)).toBe(4);
  });
});

async function setup(api: Router) {
  const { conferenceId, memberId } = await clusterConference(api, { title: 'Hội nghị sơ kết' });
  const cb = memberId('CB');
  const lc = memberId('LCI');
  const lcPeople = Array.from({ length: 12 }, (_, i) => ({
    fullName: `Đại biểu Lào Cai ${String(i + 1).padStart(2, '0')}`,
    delegationMemberId: lc,
    protocolGroup: 'so_ban_nganh',
    protocolRank: i + 1,
  }));
  await ok(api, 'delegates.createMany', {
    conferenceId,
    rows: [
      {
        fullName: 'Hoàng Xuân Ánh',
        delegationMemberId: cb,
        role: 'dong_chu_tri',
        protocolGroup: 'lanh_dao_cum',
        protocolRank: 2,
      },
      {
        fullName: 'Trịnh Xuân Trường',
        delegationMemberId: lc,
        role: 'chu_tri',
        protocolGroup: 'lanh_dao_cum',
        protocolRank: 1,
      },
      {
        fullName: 'Hà Thị Nga',
        delegationKind: 'central',
        delegationLabel: 'Trung ương',
        role: 'khach_moi',
        protocolGroup: 'lanh_dao_trung_uong',
        protocolRank: 1,
      },
      {
        fullName: 'Vũ Văn Vụ',
        delegationKind: 'central',
        delegationLabel: 'Trung ương',
        protocolGroup: 'co_quan_trung_uong',
      },
      { fullName: 'Nông Thị Hà', delegationMemberId: cb, protocolGroup: 'so_ban_nganh', protocolRank: 1 },
      { fullName: 'Lê Văn Thư', delegationMemberId: cb, role: 'thu_ky' },
      { fullName: 'Lò Văn Vắng', delegationMemberId: cb, status: 'vang', absenceReason: 'Ốm' },
      ...lcPeople,
    ],
  });
  const list = await ok<{ rows: Delegate[] }>(api, 'delegates.list', { conferenceId });
  return { conferenceId, delegates: list.rows };
}

describe('automatic seating', () => {
  it('seats the presidium in protocol order and the hall delegation by delegation', async () => {
    const { api } = freshApi();
    const { conferenceId, delegates } = await setup(api);
    const plan = await ok<SeatingPlan>(api, 'seating.autoAssign', { conferenceId });
    const byName = new Map(delegates.map((d) => [d.fullName, d]));
    const seatOf = (name: string) => plan.assignments.find((a) => a.delegateId === byName.get(name)!.id);

    const presidium = plan.assignments.filter((a) => a.area === 'presidium').sort((a, b) => a.seat - b.seat);
    const protocolIndexes = presidium.map((a) => delegates.find((d) => d.id === a.delegateId)!.protocolIndex);
    expect(protocolIndexes).toEqual([...protocolIndexes].sort((a, b) => a - b));
    expect(presidium.map((a) => delegates.find((d) => d.id === a.delegateId)!.fullName)).toEqual([
      'Hà Thị Nga',
      'Trịnh Xuân Trường',
      'Hoàng Xuân Ánh',
    ]);
    expect(plan.presidiumSeats).toBe(3);

    // The centre's delegation in row 1; Cao Bằng before Lào Cai (the cluster's order); 12 people need two rows.
    expect(seatOf('Vũ Văn Vụ')).toMatchObject({ area: 'hall', row: 1, seat: 6 });
    expect(seatOf('Nông Thị Hà')).toMatchObject({ row: 2, seat: 6, label: 'Hàng 2, ghế 6' });
    const lcRows = delegates
      .filter((d) => d.fullName.startsWith('Đại biểu Lào Cai'))
      .sort((a, b) => a.protocolIndex - b.protocolIndex)
      .map((d) => seatOf(d.fullName)!);
    expect(lcRows.map((s) => s.row)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4]);
    // Ten seats have two centre chairs: the highest takes the one on their right (the hall's right), then left…
    expect(lcRows.slice(0, 4).map((s) => s.seat)).toEqual([6, 5, 7, 4]);
    expect(plan.hallRows).toBe(4);

    expect(seatOf('Lê Văn Thư')).toBeUndefined();
    expect(seatOf('Lò Văn Vắng')).toBeUndefined();
    const nga = await ok<Delegate>(api, 'delegates.get', { id: byName.get('Hà Thị Nga')!.id });
    expect(nga.seat).toBe('Đoàn Chủ tịch, ghế số 1');
  });

  it('keeps manual moves (swaps on an occupied seat) and refuses to shrink the plan over someone', async () => {
    const { api } = freshApi();
    const { conferenceId, delegates } = await setup(api);
    const id = (name: string) => delegates.find((d) => d.fullName === name)!.id;
    await ok(api, 'seating.autoAssign', { conferenceId });
    await ok(api, 'seating.move', {
      conferenceId,
      delegateId: id('Nông Thị Hà'),
      to: { area: 'presidium', row: 0, seat: 3 },
    });
    const plan = await ok<SeatingPlan>(api, 'seating.get', { conferenceId });
    const seatOf = (name: string) => plan.assignments.find((a) => a.delegateId === id(name));
    expect(seatOf('Nông Thị Hà')).toMatchObject({ area: 'presidium', seat: 3 });
    expect(seatOf('Hoàng Xuân Ánh')).toMatchObject({ area: 'hall', row: 2, seat: 6 });
    expect((await ok<Delegate>(api, 'delegates.get', { id: id('Hoàng Xuân Ánh') })).seat).toBe(
      'Hàng 2, ghế 6',
    );

    await ok(api, 'seating.move', { conferenceId, delegateId: id('Hoàng Xuân Ánh'), to: null });
    expect((await ok<Delegate>(api, 'delegates.get', { id: id('Hoàng Xuân Ánh') })).seat).toBe('');

    const shrink = await api('seating.configure', {
      conferenceId,
      presidiumSeats: 2,
      hallRows: 4,
      seatsPerRow: 10,
    });
    expect(shrink.ok).toBe(false);
    if (!shrink.ok) expect(shrink.error.message).toMatch(/^Nông Thị Hà đang ngồi ở đoàn chủ tịch, ghế số 3/u);
    const outside = await api('seating.move', {
      conferenceId,
      delegateId: id('Hoàng Xuân Ánh'),
      to: { area: 'hall', row: 9, seat: 1 },
    });
    expect(outside.ok).toBe(false);
  });
});
