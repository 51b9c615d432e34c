/**
 * The seating plan of a conference: its shape (presidium chairs, hall rows × seats) and one seat per delegate.
 * Every change also writes the seat's wording into delegate.seat, so the delegate list, the sign-in sheet
 * and the documents print it without knowing about the plan.
 */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import { DomainError } from '../../shared/api/result.ts';
import {
  seatLabel,
  type SeatArea,
  type SeatAssignment,
  type SeatRef,
  type SeatingPlan,
} from '../../shared/api/methods/seating.ts';
import { orderedDelegates, updateDelegate } from '../delegates/repository.ts';
import { nowSql, requireConference } from '../delegates/records.ts';
import { assignSeats, presidiumCandidates, seatedDelegates } from './assign.ts';

interface Shape {
  presidiumSeats: number;
  hallRows: number;
  seatsPerRow: number;
}

const defaultSeatsPerRow = 10;

function savedShape(db: Db, conferenceId: number): Shape | undefined {
  return db
    .prepare(
      `SELECT presidium_seats AS presidiumSeats, hall_rows AS hallRows, seats_per_row AS seatsPerRow
       FROM seating_plan WHERE conference_id = ?`,
    )
    .get(conferenceId) as Shape | undefined;
}

/** Before the clerk decides: a chair for each chair of the meeting and central leader, and the hall as needed. */
function suggestedShape(db: Db, conferenceId: number): Shape {
  const people = orderedDelegates(db, conferenceId);
  const presidiumSeats = presidiumCandidates(seatedDelegates(people)).length;
  const layout = assignSeats(people, { presidiumSeats, seatsPerRow: defaultSeatsPerRow });
  return { presidiumSeats, hallRows: layout.rowsNeeded, seatsPerRow: defaultSeatsPerRow };
}

function assignments(db: Db, conferenceId: number): SeatAssignment[] {
  const rows = db
    .prepare(
      `SELECT s.delegate_id AS delegateId, s.area, s.row, s.seat FROM seat_assignment s
         JOIN delegate d ON d.id = s.delegate_id AND d.deleted_at IS NULL
       WHERE s.conference_id = ? ORDER BY s.area DESC, s.row, s.seat`,
    )
    .all(conferenceId) as Omit<SeatAssignment, 'label'>[];
  return rows.map((r) => ({ ...r, label: seatLabel(r) }));
}

export function getSeatingPlan(db: Db, conferenceId: number): SeatingPlan {
  requireConference(db, conferenceId);
  const saved = savedShape(db, conferenceId);
  const shape = saved ?? suggestedShape(db, conferenceId);
  return { conferenceId, saved: saved !== undefined, ...shape, assignments: assignments(db, conferenceId) };
}

function saveShape(db: Db, conferenceId: number, shape: Shape): void {
  db.prepare(
    `INSERT INTO seating_plan (conference_id, presidium_seats, hall_rows, seats_per_row)
     VALUES (@conferenceId, @presidiumSeats, @hallRows, @seatsPerRow)
     ON CONFLICT (conference_id) DO UPDATE SET presidium_seats = excluded.presidium_seats,
       hall_rows = excluded.hall_rows, seats_per_row = excluded.seats_per_row, updated_at = ${nowSql}`,
  ).run({ conferenceId, ...shape });
}

/** Seats of deleted delegates are given up, so a seat is never blocked by someone no longer on the list. */
function releaseDeleted(db: Db, conferenceId: number): void {
  db.prepare(
    `DELETE FROM seat_assignment WHERE conference_id = ?
       AND delegate_id IN (SELECT id FROM delegate WHERE deleted_at IS NOT NULL)`,
  ).run(conferenceId);
}

/** Makes delegate.seat say what the plan says, for everyone whose seat changed (search keys follow). */
function writeSeatLabels(db: Db, conferenceId: number, before: SeatAssignment[]): void {
  const after = new Map(assignments(db, conferenceId).map((a) => [a.delegateId, a.label]));
  const touched = new Set([...before.map((a) => a.delegateId), ...after.keys()]);
  const current = new Map(orderedDelegates(db, conferenceId).map((d) => [d.id, d.seat]));
  for (const id of touched) {
    const label = after.get(id) ?? '';
    if (current.has(id) && current.get(id) !== label) updateDelegate(db, { id, seat: label });
  }
}

function inShape(seat: { area: SeatArea; row: number; seat: number }, shape: Shape): boolean {
  if (seat.area === 'presidium') return seat.row === 0 && seat.seat <= shape.presidiumSeats;
  return seat.row >= 1 && seat.row <= shape.hallRows && seat.seat <= shape.seatsPerRow;
}

export function configureSeating(db: Db, input: ParsedInput<'seating.configure'>): SeatingPlan {
  return db.transaction(() => {
    const { conferenceId, ...shape } = input;
    requireConference(db, conferenceId);
    releaseDeleted(db, conferenceId);
    const outside = assignments(db, conferenceId).find((a) => !inShape(a, shape));
    if (outside) {
      const name = orderedDelegates(db, conferenceId).find((d) => d.id === outside.delegateId)?.fullName;
      throw new DomainError(
        'CONFLICT',
        `${name ?? 'Một đại biểu'} đang ngồi ở ${outside.label.toLowerCase()}, ngoài sơ đồ mới; hãy chuyển người đó trước khi thu nhỏ sơ đồ.`,
      );
    }
    saveShape(db, conferenceId, shape);
    return getSeatingPlan(db, conferenceId);
  })();
}

export function autoAssignSeats(db: Db, conferenceId: number): SeatingPlan {
  return db.transaction(() => {
    requireConference(db, conferenceId);
    const shape = savedShape(db, conferenceId) ?? suggestedShape(db, conferenceId);
    const before = assignments(db, conferenceId);
    const layout = assignSeats(orderedDelegates(db, conferenceId), shape);
    db.prepare('DELETE FROM seat_assignment WHERE conference_id = ?').run(conferenceId);
    const insert = db.prepare(
      `INSERT INTO seat_assignment (delegate_id, conference_id, area, row, seat)
       VALUES (@delegateId, @conferenceId, @area, @row, @seat)`,
    );
    for (const seat of layout.seats) insert.run({ ...seat, conferenceId });
    saveShape(db, conferenceId, { ...shape, hallRows: Math.max(shape.hallRows, layout.rowsNeeded) });
    writeSeatLabels(db, conferenceId, before);
    return getSeatingPlan(db, conferenceId);
  })();
}

export function moveSeat(db: Db, input: ParsedInput<'seating.move'>): SeatingPlan {
  return db.transaction(() => {
    const { conferenceId, delegateId, to } = input;
    const plan = getSeatingPlan(db, conferenceId);
    const person = orderedDelegates(db, conferenceId).find((d) => d.id === delegateId);
    if (!person) {
      throw new DomainError('NOT_FOUND', 'Không tìm thấy đại biểu này trong hội nghị (có thể đã bị xóa).');
    }
    if (to && !inShape(to, plan)) {
      throw new DomainError(
        'VALIDATION',
        `Không có ${seatLabel(to).toLowerCase()} trong sơ đồ; hãy tải lại sơ đồ.`,
      );
    }
    releaseDeleted(db, conferenceId);
    if (!plan.saved) saveShape(db, conferenceId, shapeOf(plan));
    const before = assignments(db, conferenceId);
    const from = before.find((a) => a.delegateId === delegateId) ?? null;
    const occupant = to ? before.find((a) => sameSeat(a, to)) : undefined;
    const remove = db.prepare('DELETE FROM seat_assignment WHERE delegate_id = ?');
    const place = db.prepare(
      'INSERT INTO seat_assignment (delegate_id, conference_id, area, row, seat) VALUES (?, ?, ?, ?, ?)',
    );
    remove.run(delegateId);
    if (occupant && occupant.delegateId !== delegateId) {
      remove.run(occupant.delegateId);
      if (from) place.run(occupant.delegateId, conferenceId, from.area, from.row, from.seat);
    }
    if (to) place.run(delegateId, conferenceId, to.area, to.row, to.seat);
    writeSeatLabels(db, conferenceId, before);
    return getSeatingPlan(db, conferenceId);
  })();
}

const sameSeat = (a: SeatRef, b: SeatRef) => a.area === b.area && a.row === b.row && a.seat === b.seat;
const shapeOf = ({ presidiumSeats, hallRows, seatsPerRow }: Shape): Shape => ({
  presidiumSeats,
  hallRows,
  seatsPerRow,
});
