import { describe, expect, it } from 'vitest';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';
import type { AgendaItem, AgendaList } from '../../shared/api/schemas/agenda.ts';

async function ok<T = unknown>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function setup(api: Router, startTime: string | null = '08:00') {
  const cluster = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm thi đua 7 tỉnh' });
  const cb = await ok<{ id: number }>(api, 'members.create', {
    clusterId: cluster.id,
    code: 'CB',
    shortName: 'Cao Bằng',
    officialName: 'UBND tỉnh Cao Bằng',
  });
  const conference = await ok<{ id: number }>(api, 'conferences.create', {
    clusterId: cluster.id,
    title: 'Hội nghị sơ kết',
    kind: 'so_ket_6_thang',
    year: 2024,
    startTime,
  });
  const anh = await ok<{ id: number }>(api, 'delegates.create', {
    conferenceId: conference.id,
    fullName: 'Hoàng Xuân Ánh',
    positionLines: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Cao Bằng'],
    delegationMemberId: cb.id,
  });
  return { conferenceId: conference.id, anh: anh.id };
}

const rows = (anh: number) => [
  { kind: 'don_tiep', durationMinutes: 30, content: 'Đón tiếp đại biểu', presenterText: 'Ban Tổ chức' },
  { kind: 'khai_mac', durationMinutes: 10, content: 'Phát biểu khai mạc', presenterDelegateId: anh },
  {
    kind: 'bao_cao',
    durationMinutes: 20,
    content: 'Báo cáo sơ kết 6 tháng đầu năm',
    presenterText: 'Thường trực Cụm',
  },
  { kind: 'be_mac', durationMinutes: 15, content: 'Bế mạc' },
];
const times = (list: AgendaList) => list.items.map((i) => [i.content, i.startTime, i.endTime]);

describe('agenda', () => {
  it('computes times from the start and the durations, and recomputes when an item moves or changes', async () => {
    const { api } = freshApi();
    const { conferenceId, anh } = await setup(api);
    const created = await ok<AgendaItem[]>(api, 'agenda.createMany', { conferenceId, rows: rows(anh) });
    expect(created[1]!.presenterLabel).toBe(
      'Hoàng Xuân Ánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng',
    );
    expect(times(await ok(api, 'agenda.list', { conferenceId }))).toEqual([
      ['Đón tiếp đại biểu', '08:00', '08:30'],
      ['Phát biểu khai mạc', '08:30', '08:40'],
      ['Báo cáo sơ kết 6 tháng đầu năm', '08:40', '09:00'],
      ['Bế mạc', '09:00', '09:15'],
    ]);
    const moved = await ok<AgendaList>(api, 'agenda.move', { id: created[2]!.id, position: 1 });
    expect(times(moved).slice(0, 3)).toEqual([
      ['Đón tiếp đại biểu', '08:00', '08:30'],
      ['Báo cáo sơ kết 6 tháng đầu năm', '08:30', '08:50'],
      ['Phát biểu khai mạc', '08:50', '09:00'],
    ]);
    await ok(api, 'agenda.update', { id: created[0]!.id, durationMinutes: 45 });
    const after = await ok<AgendaList>(api, 'agenda.list', { conferenceId });
    expect(after.endTime).toBe('09:30');
    expect(after.items.map((i) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it('inserts at a place and closes up after delete, putting an undone item back where it was', async () => {
    const { api } = freshApi();
    const { conferenceId, anh } = await setup(api);
    const created = await ok<AgendaItem[]>(api, 'agenda.createMany', { conferenceId, rows: rows(anh) });
    await ok(api, 'agenda.create', { conferenceId, content: 'Chào cờ', durationMinutes: 5, position: 1 });
    expect((await ok<AgendaList>(api, 'agenda.list', { conferenceId })).items[1]).toMatchObject({
      content: 'Chào cờ',
      startTime: '08:30',
    });
    await ok(api, 'agenda.delete', { ids: [created[1]!.id] });
    expect((await ok<AgendaList>(api, 'agenda.list', { conferenceId })).endTime).toBe('09:10');
    await ok(api, 'agenda.restore', { ids: [created[1]!.id] });
    const restored = await ok<AgendaList>(api, 'agenda.list', { conferenceId });
    expect(restored.items.map((i) => i.content)).toEqual([
      'Đón tiếp đại biểu',
      'Chào cờ',
      'Phát biểu khai mạc',
      'Báo cáo sơ kết 6 tháng đầu năm',
      'Bế mạc',
    ]);
    expect(restored.endTime).toBe('09:20');
  });

  it('warns when the agenda runs past the planned end, and flags the items that do', async () => {
    const { api } = freshApi();
    const { conferenceId, anh } = await setup(api);
    await ok(api, 'agenda.createMany', { conferenceId, rows: rows(anh) });
    const fits = await ok<AgendaList>(api, 'agenda.setTimes', { conferenceId, plannedEndTime: '09:30' });
    expect(fits).toMatchObject({
      warning: null,
      overrunMinutes: 0,
      plannedEndTime: '09:30',
      startTime: '08:00',
    });
    const late = await ok<AgendaList>(api, 'agenda.setTimes', { conferenceId, plannedEndTime: '09:05' });
    expect(late.overrunMinutes).toBe(10);
    expect(late.warning).toBe(
      'Chương trình kết thúc lúc 09:15, quá giờ kết thúc dự kiến 09:05 10 phút; hãy rút ngắn hoặc bỏ bớt mục.',
    );
    expect(late.items.map((i) => i.overrun)).toEqual([false, false, false, true]);
    expect(await api('agenda.setTimes', { conferenceId, plannedEndTime: '07:00' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Giờ kết thúc dự kiến phải sau giờ bắt đầu.' },
    });
  });

  it('says when it cannot time the agenda because the conference has no start time', async () => {
    const { api } = freshApi();
    const { conferenceId, anh } = await setup(api, null);
    const created = await ok<AgendaItem[]>(api, 'agenda.createMany', { conferenceId, rows: rows(anh) });
    expect(created[0]!.startTime).toBeNull();
    expect((await ok<AgendaList>(api, 'agenda.list', { conferenceId })).warning).toBe(
      'Hội nghị chưa có giờ bắt đầu; hãy nhập giờ bắt đầu để tính giờ từng mục.',
    );
  });

  it('rejects a paste with a bad row, writing nothing', async () => {
    const { api, db } = freshApi();
    const { conferenceId, anh } = await setup(api);
    const bad = rows(anh);
    bad[2] = { ...bad[2]!, durationMinutes: -5 };
    expect(await api('agenda.createMany', { conferenceId, rows: bad })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'rows.2.durationMinutes', message: 'Dòng 3: Thời lượng (phút) không được âm.' }],
      },
    });
    const stranger = [{ content: 'Phát biểu', durationMinutes: 5, presenterDelegateId: 9999 }];
    expect(await api('agenda.createMany', { conferenceId, rows: stranger })).toMatchObject({
      ok: false,
      error: { message: 'Dòng 1: Người thực hiện phải là một đại biểu của hội nghị này.' },
    });
    expect(db.prepare('SELECT count(*) FROM agenda_item').pluck().get()).toBe(0);
  });
});
