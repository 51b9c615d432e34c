/**
 * Indicators × members from the current returns: each member's figure and rank in the cluster, a cluster
 * figure where one means something (sums of amounts and counts, shares weighted by their counts), chart
 * bars and the draft sentences.
 */
import type { Db } from '../db/connection.ts';
import type { Consolidation, ConsolidatedItem, ReturnItem } from '../../shared/api/returnSchemas.ts';
import type { Member } from '../../shared/api/schemas.ts';
import { getConference } from '../conferences/repository.ts';
import { conferenceMembers, currentValues, getTemplate, type CurrentValue } from './repository.ts';
import { displayValue, draftSentence } from './reportSentences.ts';
import { templateItems } from './returnTemplate.ts';

export type MemberOrder = 'rank' | 'cluster';

/** Competition ranking: equal figures share a rank and the next rank is skipped (1, 2, 2, 4). */
export function rankValues(values: Map<number, number>, higherIsBetter: boolean): Map<number, number> {
  const sorted = [...values.values()].sort((a, b) => (higherIsBetter ? b - a : a - b));
  return new Map([...values].map(([id, v]) => [id, sorted.indexOf(v) + 1]));
}

const aggregateLabels = { sum: 'Tổng', average: 'Bình quân', weighted: 'Bình quân gia quyền' } as const;

function aggregate(
  item: ReturnItem,
  numbers: Map<number, number>,
  byCode: Map<string, Map<number, number>>,
): number | null {
  const list = [...numbers.values()];
  if (list.length === 0 || item.type === 'text') return null;
  if (item.aggregate === 'sum') return Number(list.reduce((a, b) => a + b, 0).toPrecision(12));
  if (item.aggregate === 'average')
    return Number((list.reduce((a, b) => a + b, 0) / list.length).toPrecision(12));
  if (item.aggregate === 'weighted') {
    const weights = byCode.get(item.weightCode ?? '') ?? new Map<number, number>();
    let total = 0;
    let weight = 0;
    for (const [id, v] of numbers) {
      const w = weights.get(id);
      if (w === undefined) continue;
      total += v * w;
      weight += w;
    }
    return weight > 0 ? Number((total / weight).toPrecision(12)) : null;
  }
  return null;
}

export function consolidateValues(
  items: ReturnItem[],
  members: Member[],
  values: CurrentValue[],
  order: MemberOrder,
): { items: ConsolidatedItem[]; receivedCount: number } {
  const byCode = new Map<string, Map<number, number>>();
  const byCell = new Map<string, CurrentValue>();
  const memberIds = new Set(members.map((m) => m.id));
  for (const v of values) {
    if (!memberIds.has(v.memberId)) continue;
    byCell.set(`${v.code}:${v.memberId}`, v);
    if (v.number === null) continue;
    if (!byCode.has(v.code)) byCode.set(v.code, new Map());
    byCode.get(v.code)!.set(v.memberId, v.number);
  }
  const received = new Set(values.filter((v) => memberIds.has(v.memberId)).map((v) => v.memberId));
  const consolidated = items.map((item): ConsolidatedItem => {
    const numbers = byCode.get(item.code) ?? new Map<number, number>();
    const ranks = item.type === 'text' ? new Map<number, number>() : rankValues(numbers, item.higherIsBetter);
    const cells = members.map((m) => {
      const v = byCell.get(`${item.code}:${m.id}`);
      const n = v?.number ?? null;
      return {
        memberId: m.id,
        number: n,
        text: v?.text ?? null,
        note: v?.note ?? '',
        rank: ranks.get(m.id) ?? null,
        display: n !== null ? displayValue(item, n) : (v?.text ?? ''),
      };
    });
    const ordered = members
      .filter((m) => numbers.has(m.id))
      .sort(
        (a, b) => (order === 'rank' ? ranks.get(a.id)! - ranks.get(b.id)! : 0) || a.position - b.position,
      );
    const total = aggregate(item, numbers, byCode);
    const partial = numbers.size < members.length ? ` (${numbers.size}/${members.length} đơn vị)` : '';
    const label =
      item.aggregate === 'none' || total === null ? null : `${aggregateLabels[item.aggregate]}${partial}`;
    return {
      code: item.code,
      kind: item.kind,
      name: item.name,
      unit: item.kind === 'criterion' ? 'điểm' : item.unit,
      type: item.type,
      higherIsBetter: item.higherIsBetter,
      aggregate: item.aggregate,
      aggregateLabel: label,
      aggregateValue: label ? total : null,
      aggregateDisplay: label && total !== null ? displayValue(item, total) : '',
      cells,
      chart: ordered.map((m) => ({ memberId: m.id, label: m.shortName, value: numbers.get(m.id)! })),
      sentence: draftSentence(
        item,
        ordered.map((m) => ({ member: m, value: numbers.get(m.id)! })),
      ),
    };
  });
  return { items: consolidated, receivedCount: received.size };
}

export function consolidate(db: Db, conferenceId: number, order: MemberOrder): Consolidation {
  const conference = getConference(db, conferenceId);
  const template = getTemplate(db, conferenceId);
  const members = conferenceMembers(db, conference);
  const { items, receivedCount } = consolidateValues(
    templateItems(template),
    members,
    currentValues(db, conferenceId),
    order,
  );
  return {
    conferenceId,
    title: conference.title,
    period: conference.period || String(conference.year),
    order,
    members: members.map(({ id, code, shortName, position }) => ({ id, code, shortName, position })),
    receivedCount,
    items,
    sentences: items.flatMap((i) => (i.sentence ? [i.sentence] : [])),
  };
}
