import { describe, expect, it } from 'vitest';
import { freshApi } from './support/db.ts';
import type { Router } from '../../electron/api/router.ts';
import type { Speech } from '../../shared/api/schemas/speeches.ts';

async function ok<T = unknown>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

async function setup(api: Router) {
  const cluster = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm thi đua 7 tỉnh' });
  const conference = await ok<{ id: number }>(api, 'conferences.create', {
    clusterId: cluster.id,
    title: 'Hội nghị sơ kết',
    kind: 'so_ket_6_thang',
    year: 2024,
    startTime: '08:00',
  });
  const nga = await ok<{ id: number }>(api, 'delegates.create', {
    conferenceId: conference.id,
    fullName: 'Hà Thị Nga',
    positionLines: ['Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam'],
    delegationKind: 'central',
  });
  const [item] = await ok<{ id: number }[]>(api, 'agenda.createMany', {
    conferenceId: conference.id,
    rows: [{ kind: 'phat_bieu_chi_dao', durationMinutes: 20, content: 'Phát biểu chỉ đạo' }],
  });
  return { conferenceId: conference.id, nga: nga.id, item: item!.id };
}

describe('speeches', () => {
  it('record a speech with its agenda place, summary and actual minutes', async () => {
    const { api } = freshApi();
    const { conferenceId, nga, item } = await setup(api);
    const speech = await ok<Speech>(api, 'speeches.create', {
      conferenceId,
      speakerDelegateId: nga,
      kind: 'chi_dao',
      title: 'Phát biểu chỉ đạo',
      agendaItemId: item,
      plannedMinutes: 20,
    });
    expect(speech).toMatchObject({
      speakerLabel: 'Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
      agendaItemContent: 'Phát biểu chỉ đạo',
      registration: 'du_kien',
      requestedAt: null,
    });
    const typed = await ok<Speech>(api, 'speeches.update', {
      id: speech.id,
      summary: 'Đề nghị thực hiện Đề án "Tuyên truyền gương điển hình tiên tiến".',
      actualMinutes: 25,
    });
    expect(typed).toMatchObject({ actualMinutes: 25, plannedMinutes: 20, title: 'Phát biểu chỉ đạo' });
    const found = await ok<Speech[]>(api, 'speeches.list', { conferenceId, query: 'guong dien hinh' });
    expect(found.map((s) => s.id)).toEqual([speech.id]);
  });

  it('keep the registration list in order, stamping when someone asked to speak', async () => {
    const { api } = freshApi();
    const { conferenceId, nga } = await setup(api);
    const created = await ok<Speech[]>(api, 'speeches.createMany', {
      conferenceId,
      rows: [
        { speakerText: 'Đại diện tỉnh Sơn La', registration: 'dang_ky' },
        { speakerText: 'Đại diện tỉnh Điện Biên', registration: 'dang_ky' },
        { speakerDelegateId: nga, kind: 'chi_dao' },
      ],
    });
    expect(created[0]!.requestedAt).not.toBeNull();
    const accepted = await ok<Speech>(api, 'speeches.update', {
      id: created[1]!.id,
      registration: 'chap_nhan',
    });
    expect(accepted.requestedAt).toBe(created[1]!.requestedAt);
    await ok(api, 'speeches.move', { id: created[1]!.id, position: 0 });
    const registered = await ok<Speech[]>(api, 'speeches.list', {
      conferenceId,
      registrations: ['dang_ky', 'chap_nhan', 'tu_choi'],
    });
    expect(registered.map((s) => [s.speakerLabel, s.registration, s.position])).toEqual([
      ['Đại diện tỉnh Điện Biên', 'chap_nhan', 0],
      ['Đại diện tỉnh Sơn La', 'dang_ky', 1],
    ]);
  });

  it('require a speaker and keep references inside the conference, writing nothing otherwise', async () => {
    const { api, db } = freshApi();
    const { conferenceId } = await setup(api);
    const result = await api('speeches.createMany', {
      conferenceId,
      rows: [
        { speakerText: 'Đại diện tỉnh Lai Châu' },
        { title: 'Tham luận' },
        { speakerText: 'X', agendaItemId: 999 },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'rows.1.speakerDelegateId',
            message: 'Dòng 2: Chọn người phát biểu (một đại biểu) hoặc ghi rõ ai phát biểu.',
          },
          { path: 'rows.2.agendaItemId', message: 'Dòng 3: Mục chương trình phải thuộc hội nghị này.' },
        ],
      },
    });
    expect(db.prepare('SELECT count(*) FROM speech').pluck().get()).toBe(0);
  });

  it('delete and undo', async () => {
    const { api } = freshApi();
    const { conferenceId } = await setup(api);
    const s = await ok<Speech>(api, 'speeches.create', {
      conferenceId,
      speakerText: 'Đại diện tỉnh Lạng Sơn',
    });
    await ok(api, 'speeches.delete', { ids: [s.id] });
    expect(await ok<Speech[]>(api, 'speeches.list', { conferenceId })).toHaveLength(0);
    await ok(api, 'speeches.restore', { ids: [s.id] });
    expect(await ok<Speech[]>(api, 'speeches.list', { conferenceId })).toHaveLength(1);
  });
});
