/**
 * The demo data, taken from ../shared/seed (Báo Cao Bằng, 2024): Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc
 * and its mid-year review conference. Running it again refreshes the demo rather than duplicating it.
 */
import type { Db } from '../db/connection.ts';
import * as clusters from '../clusters/repository.ts';
import * as conferences from '../conferences/repository.ts';
import { seedConferenceRecords } from '../delegates/demo.ts';

export const demoClusterName = 'Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc';

/** In the seed's order. Hà Giang merged into Tuyên Quang on 01/7/2025, so its membership ends the day before. */
const demoMembers = [
  { code: 'CB', shortName: 'Cao Bằng', validTo: null },
  { code: 'LCI', shortName: 'Lào Cai', validTo: null },
  { code: 'LCU', shortName: 'Lai Châu', validTo: null },
  { code: 'HG', shortName: 'Hà Giang', validTo: '2025-06-30' },
  { code: 'SL', shortName: 'Sơn La', validTo: null },
  { code: 'DB', shortName: 'Điện Biên', validTo: null },
  { code: 'LS', shortName: 'Lạng Sơn', validTo: null },
] as const;

export const demoConferenceTitle = 'Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024';

export interface DemoSummary {
  clusterId: number;
  conferenceId: number;
  members: number;
}

export function seedDemo(db: Db): DemoSummary {
  return db.transaction((): DemoSummary => {
    const existing = clusters.listClusters(db).find((c) => c.name === demoClusterName);
    const cluster =
      existing ??
      clusters.createCluster(db, {
        name: demoClusterName,
        shortName: 'Cụm 7 tỉnh biên giới phía Bắc',
        note: 'Dữ liệu mẫu theo tin Hội nghị sơ kết ngày 01/8/2024 (Báo Cao Bằng).',
      });

    const present = new Map(clusters.listMembers(db, cluster.id).map((m) => [m.code, m]));
    for (const m of demoMembers) {
      const input = {
        clusterId: cluster.id,
        code: m.code,
        shortName: m.shortName,
        officialName: `UBND tỉnh ${m.shortName}`,
        validFrom: null,
        validTo: m.validTo,
      };
      const found = present.get(m.code);
      if (found) clusters.updateMember(db, { ...input, id: found.id });
      else clusters.createMember(db, input);
    }
    const members = clusters.listMembers(db, cluster.id);
    const host = members.find((m) => m.code === 'CB');

    const conference = {
      clusterId: cluster.id,
      title: demoConferenceTitle,
      kind: 'so_ket_6_thang' as const,
      year: 2024,
      period: '6 tháng đầu năm 2024',
      date: '2024-08-01',
      startTime: '08:00',
      venue: 'tỉnh Cao Bằng',
      hostMemberId: host?.id ?? null,
      organizingBody: 'Ban Thi đua - Khen thưởng tỉnh Cao Bằng',
    };
    const previous = conferences.listConferences(db, cluster.id).find((c) => c.title === demoConferenceTitle);
    const saved = previous
      ? conferences.updateConference(db, { ...conference, id: previous.id })
      : conferences.createConference(db, conference);
    seedConferenceRecords(db, saved.id);
    return { clusterId: cluster.id, conferenceId: saved.id, members: members.length };
  })();
}
