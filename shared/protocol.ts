/**
 * Protocol order (thứ tự lễ tân) for introductions, seating and name cards. There is no national rule for
 * domestic meetings; this follows Hướng dẫn 112-HD/BTGTU (Đắk Lắk, 2020) as summarised in DOMAIN.md:
 * higher group first, guests before hosts, then rank, then who took office first, then the older person.
 * A clerk's manual order wins wherever she has set one.
 */

export const protocolGroups = [
  'lanh_dao_trung_uong',
  'co_quan_trung_uong',
  'lanh_dao_cum',
  'lanh_dao_tinh',
  'so_ban_nganh',
  'khac',
] as const;
export type ProtocolGroup = (typeof protocolGroups)[number];

export const protocolGroupLabels: Record<ProtocolGroup, string> = {
  lanh_dao_trung_uong: 'Lãnh đạo Trung ương',
  co_quan_trung_uong: 'Cơ quan Trung ương',
  lanh_dao_cum: 'Lãnh đạo Cụm (Trưởng cụm, Phó trưởng cụm)',
  lanh_dao_tinh: 'Lãnh đạo tỉnh',
  so_ban_nganh: 'Sở, ban, ngành',
  khac: 'Khác',
};

export interface ProtocolFacts {
  id: number;
  protocolGroup: ProtocolGroup;
  /** Guests (other delegations, the centre) are introduced before the host's own people. */
  isGuest: boolean;
  /** 1 is the highest rank within the group; null means not ranked (after the ranked ones). */
  protocolRank: number | null;
  /** ISO date: on equal rank, who took office first goes first. */
  inOfficeSince: string | null;
  birthYear: number | null;
  /** Position in the clerk's own order; null when she has not placed this person. */
  manualOrder: number | null;
  /** Name sort key (personNameKey): the last resort, so the order never depends on insertion. */
  nameKey: string;
}

const nullsLast = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number => {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compare(a, b);
};
const byValue = <T extends string | number>(x: T, y: T): number => (x < y ? -1 : x > y ? 1 : 0);

/** The order the rules give, ignoring any manual placement. */
export function compareByProtocol(a: ProtocolFacts, b: ProtocolFacts): number {
  return (
    protocolGroups.indexOf(a.protocolGroup) - protocolGroups.indexOf(b.protocolGroup) ||
    Number(b.isGuest) - Number(a.isGuest) ||
    nullsLast(a.protocolRank, b.protocolRank, byValue) ||
    nullsLast(a.inOfficeSince, b.inOfficeSince, byValue) ||
    // An earlier birth year is the older person, who goes first.
    nullsLast(a.birthYear, b.birthYear, byValue) ||
    byValue(a.nameKey, b.nameKey) ||
    a.id - b.id
  );
}

/**
 * The final order. People the clerk placed keep her order; each person she has not placed (added since)
 * is slotted in right after whoever precedes them in the rule order, so a newly added central leader still
 * comes first and a new department head lands among the departments.
 */
export function protocolOrder<T extends ProtocolFacts>(people: readonly T[]): T[] {
  const automatic = [...people].sort(compareByProtocol);
  const placed = people
    .filter((p) => p.manualOrder !== null)
    .sort((a, b) => byValue(a.manualOrder!, b.manualOrder!) || compareByProtocol(a, b));
  if (placed.length === 0) return automatic;
  const result = [...placed];
  automatic.forEach((person, index) => {
    if (person.manualOrder !== null) return;
    const before = index === 0 ? undefined : automatic[index - 1];
    const at = before ? result.indexOf(before) + 1 : 0;
    result.splice(at, 0, person);
  });
  return result;
}

/** Moves one person to a new place (0-based) in the current order and returns the ids in the new order. */
export function moveInOrder<T extends { id: number }>(
  ordered: readonly T[],
  id: number,
  toIndex: number,
): number[] {
  const ids = ordered.map((p) => p.id).filter((x) => x !== id);
  ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, id);
  return ids;
}
