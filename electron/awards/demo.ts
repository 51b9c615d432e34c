/**
 * Demo award entries whose computed statistics reproduce the seed's figures: "Khen cấp Nhà nước 138 tập thể,
 * cá nhân … 68,8%; khen thưởng cấp tỉnh 6.966 tập thể, cá nhân và hộ gia đình … 61,9%". The seed gives only
 * those totals, so the rows are generated: neutral names ("Tập thể mẫu số 12"), no decision numbers, and every
 * row carries a note saying it is generated demo data. Replaced (never duplicated) on every run.
 */
import type { Db } from '../db/connection.ts';
import { AwardEntryInput } from '../../shared/api/schemas/awards.ts';
import { createAwards } from './repository.ts';

export const demoAwardNote =
  'Dữ liệu mẫu do máy tạo để khớp số liệu tổng hợp trong tin ngày 01/8/2024; không phải tập thể, cá nhân có thật.';

const memberCodes = ['CB', 'LCI', 'LCU', 'HG', 'SL', 'DB', 'LS'];

interface Batch {
  total: number;
  /** Rows flagged "tập thể nhỏ, người lao động trực tiếp". */
  flagged: number;
  /** Form names with their weight in the batch (the forms exist in migration 0002's catalogue). */
  forms: [string, number][];
  kinds: ('tap_the' | 'ca_nhan' | 'ho_gia_dinh')[];
}

// 95 / 138 = 68,8% and 4.312 / 6.966 = 61,9%, the shares the seed quotes.
const batches: Batch[] = [
  {
    total: 138,
    flagged: 95,
    forms: [
      ['Huân chương Lao động hạng Ba', 1],
      ['Bằng khen của Thủ tướng Chính phủ', 8],
      ['Chiến sĩ thi đua toàn quốc', 1],
    ],
    kinds: ['tap_the', 'ca_nhan'],
  },
  {
    total: 6966,
    flagged: 4312,
    forms: [
      ['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 8],
      ['Tập thể lao động xuất sắc', 1],
      ['Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 1],
    ],
    kinds: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
  },
];

const kindNames = { tap_the: 'Tập thể', ca_nhan: 'Cá nhân', ho_gia_dinh: 'Hộ gia đình' } as const;

export function seedDemoAwards(db: Db, conferenceId: number, member: (code: string) => number): number {
  db.prepare('DELETE FROM award_entry WHERE conference_id = ? AND note = ?').run(conferenceId, demoAwardNote);
  const formIds = new Map(
    (
      db.prepare('SELECT name, id FROM award_form WHERE deleted_at IS NULL').all() as {
        name: string;
        id: number;
      }[]
    ).map((f) => [f.name, f.id]),
  );
  const rows: AwardEntryInput[] = [];
  let serial = 0;
  for (const batch of batches) {
    const cycle = batch.forms.flatMap(([name, weight]) => Array<string>(weight).fill(name));
    for (let i = 0; i < batch.total; i++) {
      const formName = cycle[i % cycle.length]!;
      const formId = formIds.get(formName);
      if (formId === undefined) throw new Error(`Award form "${formName}" is missing from the catalogue.`);
      // Individuals for the Chiến sĩ titles, collectives for orders and collective titles; certificates of merit
      // go round every kind the batch has (households only at provincial level, as the seed says).
      const kind = formName.startsWith('Chiến sĩ')
        ? 'ca_nhan'
        : formName.startsWith('Bằng khen')
          ? batch.kinds[i % batch.kinds.length]!
          : 'tap_the';
      serial++;
      rows.push(
        AwardEntryInput.parse({
          recipientKind: kind,
          recipientName: `${kindNames[kind]} mẫu số ${serial}`,
          awardFormId: formId,
          memberUnitId: member(memberCodes[i % memberCodes.length]!),
          smallOrDirect: i < batch.flagged,
          note: demoAwardNote,
        }),
      );
    }
  }
  return createAwards(db, conferenceId, rows, true).length;
}
