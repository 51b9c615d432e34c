import { describe, expect, it } from 'vitest';
import { freshApi } from './support/db.ts';
import { seedDemo } from '../../electron/demo/seed.ts';
import type { Router } from '../../electron/api/router.ts';
import type { Delegate } from '../../shared/api/schemas/delegates.ts';
import type { Speech } from '../../shared/api/schemas/speeches.ts';

async function ok<T = unknown>(api: Router, method: string, input: unknown): Promise<T> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

describe('starting a conference from the last one', () => {
  it('copies delegates with statuses reset, the agenda and the speech line-up, linked to the copies', async () => {
    const { api, db } = freshApi();
    const demo = seedDemo(db);
    const next = await ok<{ id: number }>(api, 'conferences.create', {
      clusterId: demo.clusterId,
      title: 'Hội nghị tổng kết năm 2024',
      kind: 'tong_ket_nam',
      year: 2024,
      startTime: '14:00',
    });
    const summary = await ok(api, 'delegates.copyFromConference', {
      conferenceId: next.id,
      sourceConferenceId: demo.conferenceId,
    });
    expect(summary).toEqual({ delegates: 3, agendaItems: 9, speeches: 3 });

    const { rows } = await ok<{ rows: Delegate[] }>(api, 'delegates.list', { conferenceId: next.id });
    expect(rows.map((d) => [d.fullName, d.status])).toEqual([
      ['Hà Thị Nga', 'duoc_moi'],
      ['Trịnh Xuân Trường', 'duoc_moi'],
      ['Hoàng Xuân Ánh', 'duoc_moi'],
    ]);
    const agenda = await ok<{ items: { startTime: string; presenterDelegateId: number | null }[] }>(
      api,
      'agenda.list',
      {
        conferenceId: next.id,
      },
    );
    expect(agenda.items[0]!.startTime).toBe('14:00');
    const newIds = new Set(rows.map((d) => d.id));
    expect(
      agenda.items
        .filter((i) => i.presenterDelegateId !== null)
        .every((i) => newIds.has(i.presenterDelegateId!)),
    ).toBe(true);
    const speeches = await ok<Speech[]>(api, 'speeches.list', { conferenceId: next.id });
    expect(speeches.every((s) => s.summary === '' && s.actualMinutes === null)).toBe(true);
    expect(
      speeches.filter((s) => s.speakerDelegateId !== null).every((s) => newIds.has(s.speakerDelegateId!)),
    ).toBe(true);

    // A second copy would duplicate: refused, nothing written.
    expect(
      await api('delegates.copyFromConference', {
        conferenceId: next.id,
        sourceConferenceId: demo.conferenceId,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(db.prepare('SELECT count(*) FROM delegate WHERE conference_id = ?').pluck().get(next.id)).toBe(3);
  });

  it('refuses a conference of another cluster', async () => {
    const { api, db } = freshApi();
    const demo = seedDemo(db);
    const other = await ok<{ id: number }>(api, 'clusters.create', { name: 'Cụm khác' });
    const conference = await ok<{ id: number }>(api, 'conferences.create', {
      clusterId: other.id,
      title: 'Hội nghị',
      kind: 'khac',
      year: 2025,
    });
    expect(
      await api('delegates.copyFromConference', {
        conferenceId: conference.id,
        sourceConferenceId: demo.conferenceId,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Chỉ sao chép được từ một hội nghị của cùng cụm thi đua.' },
    });
  });
});
