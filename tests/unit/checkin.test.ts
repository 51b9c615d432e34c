/** The check-in desk's core through the router: codes, repeats, walk-ins, absences and the counts. */
import { describe, expect, it } from 'vitest';
import { clusterConference, failure, ok } from './support/conference.ts';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';
import type { CheckinCounts, CheckinOutcome, DeskDelegate } from '../../shared/api/methods/checkin.ts';
import { encodeCheckinCode } from '../../shared/checkinCode.ts';

async function setup(api: Router) {
  const { conferenceId, memberId } = await clusterConference(api);
  const cb = memberId('CB');
  const lc = memberId('LCI');
  const people = await ok<{ id: number; fullName: string }[]>(api, 'delegates.createMany', {
    conferenceId,
    rows: [
      {
        fullName: 'Hoàng Xuân Ánh',
        delegationMemberId: cb,
        role: 'dong_chu_tri',
        protocolGroup: 'lanh_dao_cum',
      },
      {
        fullName: 'Trịnh Xuân Trường',
        delegationMemberId: lc,
        role: 'chu_tri',
        protocolGroup: 'lanh_dao_cum',
      },
      { fullName: 'Nông Thị Hà', delegationMemberId: cb, protocolGroup: 'so_ban_nganh' },
      { fullName: 'Lê Văn Thư', delegationMemberId: cb, role: 'thu_ky' },
    ],
  });
  const id = (name: string) => people.find((p) => p.fullName === name)!.id;
  return { conferenceId, cb, lc, id };
}

const delegateCode = (conferenceId: number, id: number) =>
  encodeCheckinCode({ conferenceId, kind: 'delegate', id });

describe('check-in by invitation code', () => {
  it('checks a delegate in once, then says plainly they are already here', async () => {
    const { api } = freshApi();
    const { conferenceId, id } = await setup(api);
    const code = delegateCode(conferenceId, id('Nông Thị Hà'));
    const first = await ok<CheckinOutcome>(api, 'checkin.scan', { conferenceId, code });
    expect(first.result).toBe('checked_in');
    expect(first.delegate?.status).toBe('co_mat');
    expect(first.delegate?.checkedInAt).toMatch(/^\d{4}-\d\d-\d\dT/u);
    const again = await ok<CheckinOutcome>(api, 'checkin.scan', { conferenceId, code: code.toLowerCase() });
    expect(again.result).toBe('already_checked_in');
    expect(again.delegate?.checkedInAt).toBe(first.delegate?.checkedInAt);
  });

  it("opens a member unit's delegation for an M code", async () => {
    const { api } = freshApi();
    const { conferenceId, cb } = await setup(api);
    const code = encodeCheckinCode({ conferenceId, kind: 'member', id: cb });
    const outcome = await ok<CheckinOutcome>(api, 'checkin.scan', { conferenceId, code });
    expect(outcome).toMatchObject({
      result: 'delegation',
      delegate: null,
      delegation: { key: `member:${cb}` },
    });
    expect(outcome.delegation?.name).toBe('Tỉnh Cao Bằng');
  });

  it('refuses a misread code, a code of another conference and a deleted delegate, changing nothing', async () => {
    const { api } = freshApi();
    const { conferenceId, id } = await setup(api);
    const good = delegateCode(conferenceId, id('Nông Thị Hà'));
    const misread = good.replace(/\d$/u, (d) => String((Number(d) + 1) % 10));
    expect(await failure(api, 'checkin.scan', { conferenceId, code: misread })).toMatch(/quét lại/u);
    expect(await failure(api, 'checkin.scan', { conferenceId, code: 'Nông Thị Hà' })).toMatch(
      /tìm theo tên/u,
    );
    const other = delegateCode(conferenceId + 1, id('Nông Thị Hà'));
    expect(await failure(api, 'checkin.scan', { conferenceId, code: other })).toMatch(/hội nghị khác/u);
    await ok(api, 'delegates.delete', { ids: [id('Hoàng Xuân Ánh')] });
    const deleted = delegateCode(conferenceId, id('Hoàng Xuân Ánh'));
    expect(await failure(api, 'checkin.scan', { conferenceId, code: deleted })).toMatch(/không còn/u);
    const counts = await ok<CheckinCounts>(api, 'checkin.counts', { conferenceId });
    expect(counts.present).toBe(0);
  });
});

describe('counts, absences and walk-ins', () => {
  it('counts delegates per delegation and in total, leaving out the secretariat', async () => {
    const { api } = freshApi();
    const { conferenceId, id, cb, lc } = await setup(api);
    await ok(api, 'checkin.checkIn', { id: id('Hoàng Xuân Ánh') });
    await ok(api, 'checkin.checkIn', { id: id('Lê Văn Thư') });
    await ok(api, 'checkin.markAbsent', { id: id('Trịnh Xuân Trường'), reason: 'Bận công tác đột xuất' });
    const counts = await ok<CheckinCounts>(api, 'checkin.counts', { conferenceId });
    expect(counts.summary).toBe('Có mặt 1/3 đại biểu');
    expect(counts).toMatchObject({ present: 1, absent: 1, expected: 3 });
    expect(counts.delegations).toEqual([
      { key: `member:${cb}`, name: 'Tỉnh Cao Bằng', present: 1, absent: 0, expected: 2 },
      { key: `member:${lc}`, name: 'Tỉnh Lào Cai', present: 0, absent: 1, expected: 1 },
    ]);
    expect(counts.absences).toEqual([
      {
        id: id('Trịnh Xuân Trường'),
        fullName: 'Trịnh Xuân Trường',
        delegationName: 'Tỉnh Lào Cai',
        reason: 'Bận công tác đột xuất',
      },
    ]);
  });

  it('a walk-in is added and checked in at once; a check-in undone goes back to confirmed', async () => {
    const { api } = freshApi();
    const { conferenceId, lc, id } = await setup(api);
    const walkIn = await ok<CheckinOutcome>(api, 'checkin.walkIn', {
      conferenceId,
      fullName: '  Giàng  A Páo ',
      delegationMemberId: lc,
      positionLines: 'Phó Giám đốc Sở Nội vụ',
    });
    expect(walkIn.result).toBe('checked_in');
    expect(walkIn.delegate).toMatchObject({
      fullName: 'Giàng A Páo',
      status: 'co_mat',
      note: 'Đăng ký tại bàn đón tiếp.',
    });
    const desk = await ok<{ rows: DeskDelegate[]; counts: CheckinCounts }>(api, 'checkin.desk', {
      conferenceId,
    });
    expect(desk.rows).toHaveLength(5);
    expect(desk.counts.summary).toBe('Có mặt 1/4 đại biểu');

    await ok(api, 'checkin.checkIn', { id: id('Nông Thị Hà') });
    const undone = await ok<DeskDelegate>(api, 'checkin.undo', { id: id('Nông Thị Hà') });
    expect(undone).toMatchObject({ status: 'xac_nhan', checkedInAt: null });
    expect(await failure(api, 'checkin.undo', { id: id('Nông Thị Hà') })).toMatch(/chưa được điểm danh/u);
    expect(await failure(api, 'checkin.walkIn', { conferenceId, fullName: ' ' })).toMatch(
      /Chưa nhập họ và tên/u,
    );
  });

  it('an absent delegate who turns up after all is checked in and the reason is cleared', async () => {
    const { api } = freshApi();
    const { conferenceId, id } = await setup(api);
    await ok(api, 'checkin.markAbsent', { id: id('Nông Thị Hà'), reason: 'Ốm' });
    const code = delegateCode(conferenceId, id('Nông Thị Hà'));
    const outcome = await ok<CheckinOutcome>(api, 'checkin.scan', { conferenceId, code });
    expect(outcome.delegate).toMatchObject({ status: 'co_mat', absenceReason: '' });
    expect((await ok<CheckinCounts>(api, 'checkin.counts', { conferenceId })).absences).toEqual([]);
  });
});
