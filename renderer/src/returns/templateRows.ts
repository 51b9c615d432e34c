/**
 * What the template form does with its rows: what is sent on save, which rows an issue opens, and where a
 * move puts each open row.
 */
import type { ReturnItem } from '../../../shared/api/returnSchemas.ts';

/** A new row of the kind, as the clerk starts filling it. */
export function blankItem(kind: ReturnItem['kind']): ReturnItem {
  return {
    kind,
    code: '',
    name: '',
    unit: kind === 'criterion' ? 'điểm' : '',
    type: 'number',
    required: false,
    min: kind === 'criterion' ? 0 : null,
    max: null,
    maxPoints: null,
    aggregate: 'none',
    weightCode: null,
    higherIsBetter: true,
    sentenceLead: '',
    verb: '',
  };
}

const weightOf = (item: ReturnItem) => (item.aggregate === 'weighted' ? item.weightCode : null);

/**
 * Criteria show only their maximum points; the range a member may score follows from it. A text item has no
 * range and no cluster figure; a weight belongs to a weighted average only.
 */
export function forSave(item: ReturnItem): ReturnItem {
  if (item.kind === 'criterion')
    return { ...item, type: 'number', unit: 'điểm', min: 0, max: item.maxPoints, weightCode: weightOf(item) };
  if (item.type === 'text') return { ...item, min: null, max: null, aggregate: 'none', weightCode: null };
  return { ...item, weightCode: weightOf(item) };
}

/** Fields that live in a row's advanced settings: an issue on one opens that row. */
const advancedFields = new Set(['aggregate', 'weightCode', 'higherIsBetter', 'sentenceLead', 'verb']);
export const rowsWithAdvancedIssues = (names: (string | number)[][]) =>
  names.flatMap((n) =>
    n[0] === 'items' && typeof n[1] === 'number' && advancedFields.has(String(n[2])) ? [n[1]] : [],
  );

/** Where the item at `index` stands after the list moved `from` → `to` (antd's Form.List move). */
export function afterMove(index: number, from: number, to: number): number {
  if (index === from) return to;
  if (from < to && index > from && index <= to) return index - 1;
  if (from > to && index >= to && index < from) return index + 1;
  return index;
}
