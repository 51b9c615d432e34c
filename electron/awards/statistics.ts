/**
 * Commendation statistics, computed from the entries and never typed: counts by level, member, form and
 * recipient kind, and the share of small collectives and direct workers (Thông tư 02/2023/TT-BNV, form 0602)
 * written the way the reports write it: "Khen cấp Nhà nước 138 tập thể, cá nhân, trong đó tỷ lệ … chiếm 68,8%".
 */
import type { Db } from '../db/connection.ts';
import {
  awardLevelLabels,
  awardLevels,
  recipientKindLabels,
  recipientKinds,
  type AwardLevel,
  type AwardStatistics,
  type RecipientKind,
} from '../../shared/api/schemas/awards.ts';
import { formatNumber, formatShare } from '../../shared/text/vietnamese.ts';
import { requireConference } from '../delegates/records.ts';

interface Cell {
  level: AwardLevel;
  memberUnitId: number | null;
  memberName: string | null;
  memberPosition: number | null;
  recipientKind: RecipientKind;
  awardFormId: number;
  formName: string;
  formLevel: AwardLevel;
  precedence: number;
  smallOrDirect: 0 | 1;
  n: number;
}

const tally = (cells: Cell[]) => {
  const count = cells.reduce((s, c) => s + c.n, 0);
  const smallOrDirect = cells.reduce((s, c) => s + c.smallOrDirect * c.n, 0);
  return { count, smallOrDirect, shareText: formatShare(smallOrDirect, count) };
};

/** "tập thể, cá nhân" / "tập thể, cá nhân và hộ gia đình": the kinds actually present, in the reports' order. */
export function recipientsPhrase(kinds: Set<RecipientKind>): string {
  const words = recipientKinds.filter((k) => kinds.has(k)).map((k) => recipientKindLabels[k].toLowerCase());
  return words.length > 2 ? `${words.slice(0, -1).join(', ')} và ${words.at(-1)}` : words.join(', ');
}

function summary(opening: string, cells: Cell[]) {
  const t = tally(cells);
  const who =
    recipientsPhrase(new Set(cells.filter((c) => c.n > 0).map((c) => c.recipientKind))) || 'tập thể, cá nhân';
  return {
    ...t,
    sentence:
      `${opening} ${formatNumber(t.count)} ${who}, trong đó tỷ lệ khen thưởng tập thể nhỏ, ` +
      `người lao động trực tiếp chiếm ${t.shareText}`,
  };
}

function groupBy<K>(cells: Cell[], key: (c: Cell) => K): Map<K, Cell[]> {
  const groups = new Map<K, Cell[]>();
  for (const c of cells) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return groups;
}

export function awardStatistics(db: Db, conferenceId: number): AwardStatistics {
  requireConference(db, conferenceId);
  const cells = db
    .prepare(
      `SELECT e.level, e.member_unit_id AS memberUnitId, m.short_name AS memberName, m.position AS memberPosition,
         e.recipient_kind AS recipientKind, e.award_form_id AS awardFormId, f.name AS formName, f.level AS formLevel,
         f.precedence, e.small_or_direct AS smallOrDirect, count(*) AS n
       FROM award_entry e
       JOIN award_form f ON f.id = e.award_form_id
       LEFT JOIN member_unit m ON m.id = e.member_unit_id
       WHERE e.conference_id = ? AND e.deleted_at IS NULL
       GROUP BY e.level, e.member_unit_id, e.recipient_kind, e.award_form_id, e.small_or_direct`,
    )
    .all(conferenceId) as Cell[];

  const byMember = [...groupBy(cells, (c) => c.memberUnitId)]
    .map(([memberUnitId, group]) => ({
      memberUnitId,
      memberName: group[0]!.memberName ?? 'Chưa rõ đơn vị',
      position: group[0]!.memberPosition ?? Number.MAX_SAFE_INTEGER,
      ...tally(group),
      byLevel: Object.fromEntries(
        awardLevels.map((l) => [l, tally(group.filter((c) => c.level === l)).count]),
      ) as Record<AwardLevel, number>,
    }))
    .sort((a, b) => a.position - b.position)
    .map(({ position: _, ...m }) => m);

  const byForm = [...groupBy(cells, (c) => c.awardFormId)]
    .map(([awardFormId, group]) => ({
      awardFormId,
      name: group[0]!.formName,
      level: group[0]!.formLevel,
      precedence: group[0]!.precedence,
      count: tally(group).count,
    }))
    .sort((a, b) => a.precedence - b.precedence)
    .map(({ precedence: _, ...f }) => f);

  return {
    total: tally(cells).count,
    byLevel: awardLevels.map((level) => ({
      level,
      label: awardLevelLabels[level],
      ...tally(cells.filter((c) => c.level === level)),
    })),
    byMember,
    byForm,
    byRecipientKind: recipientKinds.map((kind) => ({
      recipientKind: kind,
      label: recipientKindLabels[kind],
      ...tally(cells.filter((c) => c.recipientKind === kind)),
    })),
    stateLevel: summary(
      'Khen cấp Nhà nước',
      cells.filter((c) => c.level === 'nha_nuoc' || c.level === 'chinh_phu'),
    ),
    provincialLevel: summary(
      'Khen thưởng cấp tỉnh',
      cells.filter((c) => c.level === 'bo_tinh'),
    ),
  };
}
