/** The seating plan as rows of seats to draw, left to right as seen from the hall (shared by screen and paper). */
import type { SeatingPlan, SeatArea } from '../../../shared/api/methods/seating.ts';
import { presidiumIndex } from '../../../shared/api/methods/seating.ts';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';

export interface DrawnSeat {
  id: string;
  area: SeatArea;
  row: number;
  seat: number;
  delegate: Delegate | null;
}

export interface DrawnPlan {
  presidium: DrawnSeat[];
  hall: { row: number; seats: DrawnSeat[]; delegations: string[] }[];
  unseated: Delegate[];
}

export const seatId = (area: SeatArea, row: number, seat: number) => `${area}:${row}:${seat}`;

export function drawPlan(plan: SeatingPlan, delegates: readonly Delegate[]): DrawnPlan {
  const byId = new Map(delegates.map((d) => [d.id, d]));
  const at = new Map(
    plan.assignments.map((a) => [seatId(a.area, a.row, a.seat), byId.get(a.delegateId) ?? null]),
  );
  const seat = (area: SeatArea, row: number, number: number): DrawnSeat => ({
    id: seatId(area, row, number),
    area,
    row,
    seat: number,
    delegate: at.get(seatId(area, row, number)) ?? null,
  });
  const presidium: DrawnSeat[] = new Array<DrawnSeat>(plan.presidiumSeats);
  for (let n = 1; n <= plan.presidiumSeats; n++)
    presidium[presidiumIndex(n, plan.presidiumSeats)] = seat('presidium', 0, n);
  const hall = Array.from({ length: plan.hallRows }, (_, r) => {
    const seats = Array.from({ length: plan.seatsPerRow }, (_, s) => seat('hall', r + 1, s + 1));
    const delegations = [...new Set(seats.flatMap((s) => (s.delegate ? [s.delegate.delegationName] : [])))];
    return { row: r + 1, seats, delegations };
  });
  const seated = new Set(plan.assignments.map((a) => a.delegateId));
  return { presidium, hall, unseated: delegates.filter((d) => !seated.has(d.id)) };
}
