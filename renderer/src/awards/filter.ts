/**
 * The award list is loaded once and filtered here as the clerk types, with the server's own search rule
 * (matchesSearch over each row's searchKey), so 10,000 rows answer within a frame. Pure functions.
 */
import type { AwardEntry, AwardLevel, RecipientKind } from '../../../shared/api/schemas/awards.ts';
import { foldForSearch } from '../../../shared/text/vietnamese.ts';

export interface AwardFilters {
  query: string;
  levels: AwardLevel[];
  kinds: RecipientKind[];
  memberUnitIds: number[];
  awardFormIds: number[];
  /** null = both. */
  smallOrDirect: boolean | null;
}

export type AwardSort = 'precedence' | 'name' | 'member';

export const noFilters: AwardFilters = {
  query: '',
  levels: [],
  kinds: [],
  memberUnitIds: [],
  awardFormIds: [],
  smallOrDirect: null,
};

export const isFiltered = (f: AwardFilters): boolean =>
  f.query.trim() !== '' ||
  f.levels.length > 0 ||
  f.kinds.length > 0 ||
  f.memberUnitIds.length > 0 ||
  f.awardFormIds.length > 0 ||
  f.smallOrDirect !== null;

/** The rows that pass every filter, in the order given. */
export function filterAwards(rows: readonly AwardEntry[], f: AwardFilters): AwardEntry[] {
  // Fold the query once, not once per row (matchesSearch would fold it 10,000 times).
  const words = foldForSearch(f.query).split(' ').filter(Boolean);
  const levels = f.levels.length > 0 ? new Set(f.levels) : null;
  const kinds = f.kinds.length > 0 ? new Set(f.kinds) : null;
  const members = f.memberUnitIds.length > 0 ? new Set(f.memberUnitIds) : null;
  const forms = f.awardFormIds.length > 0 ? new Set(f.awardFormIds) : null;
  return rows.filter(
    (e) =>
      (!levels || levels.has(e.level)) &&
      (!kinds || kinds.has(e.recipientKind)) &&
      (!members || (e.memberUnitId !== null && members.has(e.memberUnitId))) &&
      (!forms || forms.has(e.awardFormId)) &&
      (f.smallOrDirect === null || e.smallOrDirect === f.smallOrDirect) &&
      words.every((w) => e.searchKey.includes(w)),
  );
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Mirrors the server's orders (electron/awards/repository.ts): handing-over order (form precedence, member,
 * name), Vietnamese name order (people by given name), or by member. `memberOrder` maps a member id to its
 * place in the cluster.
 */
export function sortAwards(
  rows: readonly AwardEntry[],
  sort: AwardSort,
  memberOrder: ReadonlyMap<number, number>,
): AwardEntry[] {
  const member = (e: AwardEntry) =>
    e.memberUnitId === null
      ? Number.MAX_SAFE_INTEGER
      : (memberOrder.get(e.memberUnitId) ?? Number.MAX_SAFE_INTEGER);
  const sorted = [...rows];
  if (sort === 'name') sorted.sort((a, b) => byKey(a.nameKey, b.nameKey) || a.id - b.id);
  else if (sort === 'member')
    sorted.sort(
      (a, b) => member(a) - member(b) || a.precedence - b.precedence || byKey(a.nameKey, b.nameKey),
    );
  else
    sorted.sort(
      (a, b) => a.precedence - b.precedence || member(a) - member(b) || byKey(a.nameKey, b.nameKey),
    );
  return sorted;
}
