/**
 * Automatic seating from the protocol order (pure: people in, seats out). The presidium takes the chairs of
 * the meeting and the central leaders, highest in the centre; the hall is filled delegation by delegation,
 * each starting a new row, the delegation's highest in the middle of its row.
 */
import type { Delegate } from '../../shared/api/schemas/delegates.ts';
import { centreOutward, type SeatArea } from '../../shared/api/methods/seating.ts';

export type SeatingFacts = Pick<
  Delegate,
  'id' | 'role' | 'protocolGroup' | 'status' | 'delegationKey' | 'delegationKind'
> & { memberPosition: number | null };

export interface PlacedSeat {
  delegateId: number;
  area: SeatArea;
  row: number;
  seat: number;
}

/** Who gets a seat: not the absent, and not the secretariat or service staff, who have their own tables. */
export function seatedDelegates<T extends SeatingFacts>(people: readonly T[]): T[] {
  return people.filter((d) => d.status !== 'vang' && d.role !== 'thu_ky' && d.role !== 'phuc_vu');
}

/** Who sits at the presidium table, in protocol order: the chairs of the meeting and central leaders. */
export function presidiumCandidates<T extends SeatingFacts>(people: readonly T[]): T[] {
  return people.filter(
    (d) => d.role === 'chu_tri' || d.role === 'dong_chu_tri' || d.protocolGroup === 'lanh_dao_trung_uong',
  );
}

/** The centre delegation first, then guests, then the members in the cluster's order. */
function delegationRank(d: SeatingFacts): number {
  if (d.delegationKind === 'central') return -2;
  if (d.delegationKind === 'guest') return -1;
  return d.memberPosition ?? 0;
}

/** `people` in protocol order (orderedDelegates). */
export function assignSeats(
  people: readonly SeatingFacts[],
  shape: { presidiumSeats: number; seatsPerRow: number },
): { seats: PlacedSeat[]; rowsNeeded: number } {
  const seated = seatedDelegates(people);
  const presidium = presidiumCandidates(seated).slice(0, shape.presidiumSeats);
  const seats: PlacedSeat[] = presidium.map((d, i) => ({
    delegateId: d.id,
    area: 'presidium',
    row: 0,
    seat: i + 1,
  }));
  const atTable = new Set(presidium.map((d) => d.id));

  const delegations = new Map<string, SeatingFacts[]>();
  for (const d of seated) {
    if (atTable.has(d.id)) continue;
    delegations.set(d.delegationKey, [...(delegations.get(d.delegationKey) ?? []), d]);
  }
  const blocks = [...delegations.values()].sort((a, b) => delegationRank(a[0]!) - delegationRank(b[0]!));
  let row = 0;
  for (const block of blocks) {
    for (let start = 0; start < block.length; start += shape.seatsPerRow) {
      row++;
      const places = centreOutward(shape.seatsPerRow, 'stage');
      block.slice(start, start + shape.seatsPerRow).forEach((d, i) => {
        seats.push({ delegateId: d.id, area: 'hall', row, seat: places[i]! + 1 });
      });
    }
  }
  return { seats, rowsNeeded: row };
}
