/**
 * The chair's conclusions and the actual end time of a conference: typed by the secretary during or after the
 * meeting, printed in the minutes (biên bản) and the notice of conclusions (thông báo kết luận).
 */
import type { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { Conclusions, ConclusionsInput } from '../../shared/api/methods/documents.ts';
import { requireConference } from '../delegates/records.ts';

export function getConclusions(db: Db, conferenceId: number): z.infer<typeof Conclusions> {
  requireConference(db, conferenceId);
  const row = db
    .prepare('SELECT conclusions, actual_end_time AS endTime FROM conference WHERE id = ?')
    .get(conferenceId) as { conclusions: string; endTime: string | null };
  return { conferenceId, ...row };
}

export function updateConclusions(
  db: Db,
  input: z.output<typeof ConclusionsInput>,
): z.infer<typeof Conclusions> {
  requireConference(db, input.conferenceId);
  db.prepare(
    `UPDATE conference SET conclusions = ?, actual_end_time = ?,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(input.conclusions, input.endTime, input.conferenceId);
  return getConclusions(db, input.conferenceId);
}

/** The conclusions as paragraphs: one per line the secretary typed, blank lines dropped. */
export function conclusionParagraphs(conclusions: string): string[] {
  return conclusions
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
}
