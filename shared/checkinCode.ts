/**
 * The code printed (as a QR image and as text) on an invitation, scanned or typed at the check-in desk:
 * "TKHN:<conferenceId>:<kind>:<id>:<check>". The check digit catches a mistyped code when the desk has to key
 * it in by hand (a blurred print, a phone screen the scanner will not read).
 */

/** M: a member unit (invitation per unit), D: a delegate (invitation per person). */
export type CheckinKind = 'member' | 'delegate';

export interface CheckinCode {
  conferenceId: number;
  kind: CheckinKind;
  id: number;
}

const prefix = 'TKHN';
const letterOf: Record<CheckinKind, string> = { member: 'M', delegate: 'D' };
const kindOf: Record<string, CheckinKind> = { M: 'member', D: 'delegate' };

// Damm's quasigroup: one check digit that catches every single wrong digit and every swap of neighbours.
const damm = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];
const kindDigit: Record<string, string> = { M: '1', D: '2' };

function checkDigit(conferenceId: number, letter: string, id: number): string {
  let interim = 0;
  for (const digit of `${conferenceId}${kindDigit[letter]}${id}`) interim = damm[interim]![Number(digit)]!;
  return String(interim);
}

const isPositiveInt = (n: number) => Number.isSafeInteger(n) && n > 0;

export function encodeCheckinCode(code: CheckinCode): string {
  if (!isPositiveInt(code.conferenceId) || !isPositiveInt(code.id)) {
    throw new RangeError(`Mã điểm danh cần số nguyên dương: ${code.conferenceId}, ${code.id}`);
  }
  const letter = letterOf[code.kind];
  return `${prefix}:${code.conferenceId}:${letter}:${code.id}:${checkDigit(code.conferenceId, letter, code.id)}`;
}

/** Reads a scanned or typed code; null when it is not one of ours or the check digit does not match. */
export function parseCheckinCode(text: string): CheckinCode | null {
  const match = /^TKHN:([1-9]\d{0,14}):([MD]):([1-9]\d{0,14}):(\d)$/u.exec(text.trim().toUpperCase());
  if (!match) return null;
  const conferenceId = Number(match[1]);
  const letter = match[2]!;
  const id = Number(match[3]);
  if (!isPositiveInt(conferenceId) || !isPositiveInt(id)) return null;
  if (checkDigit(conferenceId, letter, id) !== match[4]) return null;
  return { conferenceId, kind: kindOf[letter]!, id };
}
