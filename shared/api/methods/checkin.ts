/**
 * The check-in desk (đón tiếp đại biểu): a scanned or typed invitation code, a click on a name, a walk-in
 * delegate, an absence with its reason, and the attendance counts the chair's opening and the minutes quote.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { ConferenceRef, text } from '../schemas/recordFields.ts';
import { Delegate, DelegateInput } from '../schemas/delegates.ts';

/** A delegate as the desk shows them: with the time they were checked in (null when not, or set by hand). */
export const DeskDelegate = Delegate.extend({ checkedInAt: z.string().nullable() });
export type DeskDelegate = z.infer<typeof DeskDelegate>;

export const checkinResults = ['checked_in', 'already_checked_in', 'delegation'] as const;

/**
 * What one scan or click did. `already_checked_in` is not an error: the desk says so plainly and nothing
 * changes. A member-unit code (one invitation per province) opens that delegation instead.
 */
export const CheckinOutcome = z.object({
  result: z.enum(checkinResults),
  delegate: DeskDelegate.nullable(),
  delegation: z.object({ key: z.string(), name: z.string() }).nullable(),
});
export type CheckinOutcome = z.infer<typeof CheckinOutcome>;

export const DelegationCount = z.object({
  key: z.string(),
  name: z.string(),
  present: z.number().int(),
  absent: z.number().int(),
  expected: z.number().int(),
});

export const CheckinCounts = z.object({
  present: z.number().int(),
  absent: z.number().int(),
  /** Invited delegates, the secretariat and service staff left out: the number after the slash. */
  expected: z.number().int(),
  /** "Có mặt 86/92 đại biểu" */
  summary: z.string(),
  delegations: z.array(DelegationCount),
  absences: z.array(
    z.object({ id: Id, fullName: z.string(), delegationName: z.string(), reason: z.string() }),
  ),
});
export type CheckinCounts = z.infer<typeof CheckinCounts>;

export const CheckinDesk = z.object({ rows: z.array(DeskDelegate), counts: CheckinCounts });
export type CheckinDesk = z.infer<typeof CheckinDesk>;

export const checkinMethods = {
  /** Every delegate with check-in times, and the counts: what the desk screen shows. */
  'checkin.desk': method(ConferenceRef, CheckinDesk),
  /** The counts alone, for the chair's opening and the minutes. */
  'checkin.counts': method(ConferenceRef, CheckinCounts),
  /** The text a USB scanner typed (or the clerk keyed in) from an invitation. */
  'checkin.scan': method(z.object({ conferenceId: Id, code: text('Mã trên giấy mời', 100) }), CheckinOutcome),
  'checkin.checkIn': method(z.object({ id: Id }), CheckinOutcome),
  /** A check-in made by mistake: back to "Xác nhận". */
  'checkin.undo': method(z.object({ id: Id }), DeskDelegate),
  'checkin.markAbsent': method(z.object({ id: Id, reason: text('Lý do vắng', 500) }), DeskDelegate),
  /** Someone not on the list arrives: added and checked in at once. */
  'checkin.walkIn': method(DelegateInput.extend({ conferenceId: Id }), CheckinOutcome),
};
