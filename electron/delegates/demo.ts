/**
 * The demo conference's records, from ../shared/seed (Báo Cao Bằng, 01/8/2024): only the three people the
 * seed names, with their titles as it gives them — no invented names for the provinces' delegations — then
 * the agenda and speeches (electron/agenda/demo.ts) and award entries (electron/awards/demo.ts).
 * Re-running refreshes: people are matched by name, the rest is replaced.
 */
import type { Db } from '../db/connection.ts';
import type { DelegateInput } from '../../shared/api/schemas/delegates.ts';
import { DelegateInput as DelegateSchema } from '../../shared/api/schemas/delegates.ts';
import { createDelegates, orderedDelegates, updateDelegate } from './repository.ts';
import { requireConference } from './records.ts';
import { seedDemoAgenda } from '../agenda/demo.ts';
import { seedDemoAwards } from '../awards/demo.ts';

const seedNote = 'Theo tin Hội nghị sơ kết ngày 01/8/2024 (Báo Cao Bằng).';

const people = (member: (code: string) => number) =>
  [
    {
      fullName: 'Hà Thị Nga',
      gender: 'nu',
      positionLines: [
        'Ủy viên Trung ương Đảng',
        'Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
        'Thành viên Hội đồng Thi đua - Khen thưởng Trung ương',
      ],
      organization: 'Hội Liên hiệp Phụ nữ Việt Nam',
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
      organization: 'UBND tỉnh Lào Cai',
      delegationKind: 'member',
      delegationMemberId: member('LCI'),
      role: 'chu_tri',
      protocolGroup: 'lanh_dao_cum',
      protocolRank: 1,
    },
    {
      fullName: 'Hoàng Xuân Ánh',
      gender: 'nam',
      positionLines: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Cao Bằng', 'Phó trưởng Cụm thi đua'],
      organization: 'UBND tỉnh Cao Bằng',
      delegationKind: 'member',
      delegationMemberId: member('CB'),
      role: 'dong_chu_tri',
      protocolGroup: 'lanh_dao_cum',
      protocolRank: 2,
    },
  ].map((p) => DelegateSchema.parse({ ...p, status: 'co_mat', note: seedNote }));

export interface DemoRecordsSummary {
  delegates: number;
  agendaItems: number;
  speeches: number;
  awards: number;
}

export function seedConferenceRecords(db: Db, conferenceId: number): DemoRecordsSummary {
  return db.transaction((): DemoRecordsSummary => {
    const { clusterId } = requireConference(db, conferenceId);
    const codes = new Map(
      (
        db
          .prepare('SELECT code, id FROM member_unit WHERE cluster_id = ? AND deleted_at IS NULL')
          .all(clusterId) as {
          code: string;
          id: number;
        }[]
      ).map((m) => [m.code, m.id]),
    );
    const member = (code: string) => {
      const id = codes.get(code);
      if (id === undefined) throw new Error(`Demo member ${code} is missing.`);
      return id;
    };
    const present = new Map(orderedDelegates(db, conferenceId).map((d) => [d.fullName, d.id]));
    const byName = new Map<string, number>();
    for (const person of people(member)) {
      const id = present.get(person.fullName);
      const saved: DelegateInput = person;
      byName.set(
        person.fullName,
        id === undefined
          ? createDelegates(db, conferenceId, [saved], false)[0]!.id
          : updateDelegate(db, { ...saved, id }).id,
      );
    }
    const agenda = seedDemoAgenda(db, conferenceId, byName);
    const awards = seedDemoAwards(db, conferenceId, member);
    return { delegates: byName.size, ...agenda, awards };
  })();
}
