/**
 * The seating plan (sơ đồ chỗ ngồi): the presidium table (đoàn chủ tịch), whose chairs are numbered in
 * protocol order from the centre outwards, and the hall in rows by delegation. The geometry lives here too,
 * because the core assigns seats with it and the renderer draws them with it.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { ConferenceRef } from '../schemas/recordFields.ts';

export const seatAreas = ['presidium', 'hall'] as const;
export type SeatArea = (typeof seatAreas)[number];

const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} ít nhất là ${min}.`)
    .max(max, `${label} không quá ${max}.`);

/** Presidium seats have row 0 and a seat number that is the protocol place (1 = the centre chair). */
export const SeatRef = z
  .object({
    area: z.enum(seatAreas, { error: 'Khu vực chỗ ngồi không hợp lệ.' }),
    row: whole('Hàng', 0, 100),
    seat: whole('Số ghế', 1, 60),
  })
  .refine(
    (s) => (s.area === 'presidium') === (s.row === 0),
    'Ghế đoàn chủ tịch có hàng 0; ghế hội trường từ hàng 1.',
  );
export type SeatRef = z.infer<typeof SeatRef>;

export const SeatAssignment = z.object({
  delegateId: Id,
  area: z.enum(seatAreas),
  row: z.number().int(),
  seat: z.number().int(),
  /** What the delegate list prints in its seat column: "Đoàn Chủ tịch, ghế số 1", "Hàng 2, ghế 5". */
  label: z.string(),
});
export type SeatAssignment = z.infer<typeof SeatAssignment>;

export const PlanShape = z.object({
  presidiumSeats: whole('Số ghế đoàn chủ tịch', 0, 40),
  hallRows: whole('Số hàng ghế hội trường', 0, 100),
  seatsPerRow: whole('Số ghế mỗi hàng', 1, 60),
});

export const SeatingPlan = PlanShape.extend({
  conferenceId: Id,
  /** False until the clerk saves a shape or assigns seats: the shape shown is the suggested one. */
  saved: z.boolean(),
  assignments: z.array(SeatAssignment),
});
export type SeatingPlan = z.infer<typeof SeatingPlan>;

export const seatingMethods = {
  'seating.get': method(ConferenceRef, SeatingPlan),
  'seating.configure': method(PlanShape.extend({ conferenceId: Id }), SeatingPlan),
  /** Seats everyone from the protocol order, replacing every earlier assignment. */
  'seating.autoAssign': method(ConferenceRef, SeatingPlan),
  /** A drag and drop: onto an empty seat, onto someone (they swap), or off the plan (to = null). */
  'seating.move': method(z.object({ conferenceId: Id, delegateId: Id, to: SeatRef.nullable() }), SeatingPlan),
};

export function seatLabel(seat: { area: SeatArea; row: number; seat: number }): string {
  return seat.area === 'presidium'
    ? `Đoàn Chủ tịch, ghế số ${seat.seat}`
    : `Hàng ${seat.row}, ghế ${seat.seat}`;
}

/**
 * The places of a row in protocol order, as indexes from the left end seen from the hall. Closest to the
 * centre first; at equal distance the seated person's right hand comes before their left. The presidium
 * faces the hall, so its right is the hall's left; the hall faces the stage, so its right is the hall's right.
 * With an odd number: centre, right, left, right…; with an even number the two centre chairs go first.
 */
export function centreOutward(count: number, facing: 'hall' | 'stage'): number[] {
  const middle = (count - 1) / 2;
  const rightward = facing === 'hall' ? -1 : 1;
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => {
    const da = Math.abs(a - middle);
    const db = Math.abs(b - middle);
    if (da !== db) return da - db;
    return (b - a) * rightward > 0 ? 1 : -1;
  });
}

/** Where presidium chair number `seat` (1 = the highest) is drawn, as an index from the hall's left. */
export function presidiumIndex(seat: number, seats: number): number {
  return centreOutward(seats, 'hall')[seat - 1]!;
}
