import { describe, expect, it } from 'vitest';
import { clusterConference, ok } from './support/conference.ts';
import { freshApi } from './support/db.ts';
import { seedDemo } from '../../electron/demo/seed.ts';
import type { Router } from '../../electron/api/router.ts';
import type { AwardEntry, AwardForm, AwardStatistics } from '../../shared/api/schemas/awards.ts';

async function setup(api: Router) {
  const { conferenceId, memberId } = await clusterConference(api, {
    members: [
      ['CB', 'Cao Bằng'],
      ['SL', 'Sơn La'],
    ],
    host: null,
    title: 'Hội nghị sơ kết',
  });
  const forms = await ok<AwardForm[]>(api, 'awardForms.list', {});
  const form = (name: string) => {
    const found = forms.find((f) => f.name === name);
    if (!found) throw new Error(`no form ${name}`);
    return found.id;
  };
  return { conferenceId, cb: memberId('CB'), sl: memberId('SL'), form };
}

describe('award form catalogue', () => {
  it('is seeded with the 2022 law forms, highest first, and can be edited', async () => {
    const { api } = freshApi();
    const forms = await ok<AwardForm[]>(api, 'awardForms.list', {});
    const names = forms.map((f) => f.name);
    expect(names[0]).toBe('Huân chương Sao vàng');
    expect(names.indexOf('Huân chương Lao động hạng Nhất')).toBeLessThan(
      names.indexOf('Huân chương Lao động hạng Ba'),
    );
    expect(names.indexOf('Bằng khen của Thủ tướng Chính phủ')).toBeLessThan(
      names.indexOf('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'),
    );
    expect(forms.find((f) => f.name === 'Cờ thi đua của Chính phủ')).toMatchObject({
      level: 'chinh_phu',
      kind: 'co_thi_dua',
    });
    expect(forms.find((f) => f.name === 'Lao động tiên tiến')).toMatchObject({ level: 'co_so' });
    const added = await ok<AwardForm>(api, 'awardForms.create', {
      name: 'Kỷ niệm chương Vì sự nghiệp thi đua, khen thưởng',
      kind: 'khac',
      level: 'bo_tinh',
      precedence: 340,
    });
    expect(
      await api('awardForms.create', { name: added.name, kind: 'khac', level: 'bo_tinh', precedence: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'name' }] },
    });
    expect(await ok(api, 'awardForms.update', { id: added.id, precedence: 335 })).toMatchObject({
      precedence: 335,
      kind: 'khac',
    });
  });
});

describe('award entries', () => {
  it('take the level of their form unless the clerk sets one, and list in handing-over order', async () => {
    const { api } = freshApi();
    const { conferenceId, cb, sl, form } = await setup(api);
    await ok(api, 'awards.createMany', {
      conferenceId,
      rows: [
        {
          recipientKind: 'ca_nhan',
          recipientName: 'Nguyễn Văn Bình',
          awardFormId: form('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'),
          memberUnitId: cb,
        },
        {
          recipientKind: 'tap_the',
          recipientName: 'Phòng Tổng hợp',
          awardFormId: form('Huân chương Lao động hạng Ba'),
          memberUnitId: sl,
        },
        {
          recipientKind: 'ho_gia_dinh',
          recipientName: 'Hộ ông Lò Văn Ánh',
          awardFormId: form('Giấy khen'),
          level: 'bo_tinh',
          memberUnitId: sl,
        },
      ],
    });
    const { rows } = await ok<{ rows: AwardEntry[] }>(api, 'awards.list', { conferenceId });
    expect(rows.map((r) => [r.recipientName, r.level])).toEqual([
      ['Phòng Tổng hợp', 'nha_nuoc'],
      ['Nguyễn Văn Bình', 'bo_tinh'],
      ['Hộ ông Lò Văn Ánh', 'bo_tinh'],
    ]);
    const bySearch = await ok<{ rows: AwardEntry[] }>(api, 'awards.list', {
      conferenceId,
      query: 'huan chuong lao dong',
    });
    expect(bySearch.rows.map((r) => r.recipientName)).toEqual(['Phòng Tổng hợp']);
    const byName = await ok<{ rows: AwardEntry[] }>(api, 'awards.list', { conferenceId, sort: 'name' });
    // Individuals sort by given name ("Bình"), collectives by their name as written.
    expect(byName.rows.map((r) => r.recipientName)).toEqual([
      'Nguyễn Văn Bình',
      'Hộ ông Lò Văn Ánh',
      'Phòng Tổng hợp',
    ]);
    const changed = await ok<AwardEntry>(api, 'awards.update', {
      id: rows[1]!.id,
      awardFormId: form('Bằng khen của Thủ tướng Chính phủ'),
    });
    expect(changed.level).toBe('chinh_phu');
  });

  it('compute statistics by level, member and recipient kind, with the share of small collectives and direct workers', async () => {
    const { api } = freshApi();
    const { conferenceId, cb, sl, form } = await setup(api);
    const rows = [
      ...Array.from({ length: 3 }, (_, i) => ({
        recipientKind: 'ca_nhan',
        recipientName: `Người ${i}`,
        awardFormId: form('Bằng khen của Thủ tướng Chính phủ'),
        memberUnitId: cb,
        smallOrDirect: i < 2,
      })),
      {
        recipientKind: 'tap_the',
        recipientName: 'Trường Tiểu học',
        awardFormId: form('Huân chương Lao động hạng Ba'),
        memberUnitId: sl,
        smallOrDirect: false,
      },
      {
        recipientKind: 'ho_gia_dinh',
        recipientName: 'Hộ gia đình',
        awardFormId: form('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'),
        memberUnitId: sl,
        smallOrDirect: true,
      },
    ];
    await ok(api, 'awards.createMany', { conferenceId, rows });
    const stats = await ok<AwardStatistics>(api, 'awards.statistics', { conferenceId });
    expect(stats.total).toBe(5);
    expect(stats.stateLevel).toMatchObject({ count: 4, smallOrDirect: 2, shareText: '50%' });
    expect(stats.stateLevel.sentence).toBe(
      'Khen cấp Nhà nước 4 tập thể, cá nhân, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 50%',
    );
    expect(stats.provincialLevel.sentence).toBe(
      'Khen thưởng cấp tỉnh 1 hộ gia đình, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 100%',
    );
    expect(stats.byMember.map((m) => [m.memberName, m.count, m.byLevel.chinh_phu, m.shareText])).toEqual([
      ['Cao Bằng', 3, 3, '66,7%'],
      ['Sơn La', 2, 0, '50%'],
    ]);
    expect(stats.byLevel.map((l) => [l.level, l.count])).toEqual([
      ['nha_nuoc', 1],
      ['chinh_phu', 3],
      ['bo_tinh', 1],
      ['co_so', 0],
    ]);
    expect(stats.byForm.map((f) => f.name)).toEqual([
      'Huân chương Lao động hạng Ba',
      'Bằng khen của Thủ tướng Chính phủ',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    ]);
  });

  it('paste all or nothing, delete and undo', async () => {
    const { api, db } = freshApi();
    const { conferenceId, cb, form } = await setup(api);
    const good = {
      recipientKind: 'tap_the',
      recipientName: 'Phòng A',
      awardFormId: form('Giấy khen'),
      memberUnitId: cb,
    };
    const result = await api('awards.createMany', {
      conferenceId,
      rows: [good, { ...good, recipientKind: 'doanh_nghiep' }, { ...good, awardFormId: undefined }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'rows.1.recipientKind',
            message: 'Dòng 2: Đối tượng khen chỉ là tập thể, cá nhân hoặc hộ gia đình.',
          },
          { path: 'rows.2.awardFormId', message: 'Dòng 3: Chưa chọn hình thức khen thưởng.' },
        ],
      },
    });
    expect(db.prepare('SELECT count(*) FROM award_entry').pluck().get()).toBe(0);
    const created = await ok<AwardEntry[]>(api, 'awards.createMany', {
      conferenceId,
      rows: [good, { ...good, recipientName: 'Phòng B' }],
    });
    await ok(api, 'awards.delete', { ids: created.map((e) => e.id) });
    expect((await ok<AwardStatistics>(api, 'awards.statistics', { conferenceId })).total).toBe(0);
    await ok(api, 'awards.restore', { ids: created.map((e) => e.id) });
    expect((await ok<AwardStatistics>(api, 'awards.statistics', { conferenceId })).total).toBe(2);
  });
});

describe('the demo conference', () => {
  it("reproduces the seed's figures and stays the same when the demo is run again", async () => {
    const { api, db } = freshApi();
    seedDemo(db);
    const { conferenceId } = seedDemo(db);
    const stats = await ok<AwardStatistics>(api, 'awards.statistics', { conferenceId });
    expect(stats.stateLevel.sentence).toBe(
      'Khen cấp Nhà nước 138 tập thể, cá nhân, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 68,8%',
    );
    expect(stats.provincialLevel.sentence).toBe(
      'Khen thưởng cấp tỉnh 6.966 tập thể, cá nhân và hộ gia đình, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 61,9%',
    );
    expect(stats.byMember).toHaveLength(7);
    const delegates = await ok<{ rows: { fullName: string; positionLines: string[] }[] }>(
      api,
      'delegates.list',
      { conferenceId },
    );
    expect(delegates.rows.map((d) => d.fullName)).toEqual([
      'Hà Thị Nga',
      'Trịnh Xuân Trường',
      'Hoàng Xuân Ánh',
    ]);
    const agenda = await ok<{ items: { content: string; presenterLabel: string }[]; warning: string | null }>(
      api,
      'agenda.list',
      { conferenceId },
    );
    expect(agenda.warning).toBeNull();
    expect(agenda.items.find((i) => i.content.includes('Mắt Thần núi'))?.presenterLabel).toMatch(
      /^Hoàng Xuân Ánh, /u,
    );
    expect(agenda.items.find((i) => i.content === 'Phát biểu khai mạc hội nghị')?.presenterLabel).toMatch(
      /^Hoàng Xuân Ánh/u,
    );
    const { rows } = await ok<{ rows: AwardEntry[] }>(api, 'awards.list', {
      conferenceId,
      query: 'mau so 12',
    });
    expect(rows.every((r) => r.note.startsWith('Dữ liệu mẫu do máy tạo'))).toBe(true);
  });
});
