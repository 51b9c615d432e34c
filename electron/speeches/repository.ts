/** Speeches of a conference in speaking order, with the registration list (đăng ký phát biểu). */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { FieldIssue } from '../../shared/api/result.ts';
import type { Speech, SpeechInput } from '../../shared/api/schemas/speeches.ts';
import { DomainError } from '../../shared/api/result.ts';
import { foldForSearch, matchesSearch } from '../../shared/text/vietnamese.ts';
import { delegateLabel } from '../agenda/repository.ts';
import {
  liveIds,
  nowSql,
  renumber,
  requireConference,
  restoreDeleted,
  rowIssues,
  softDelete,
  throwIfIssues,
} from '../delegates/records.ts';

type Row = Omit<Speech, 'speakerLabel' | 'searchKey'> & {
  delegateName: string | null;
  delegatePositions: string | null;
};

const select = `SELECT s.id, s.conference_id AS conferenceId, s.position, s.speaker_delegate_id AS speakerDelegateId,
    s.speaker_text AS speakerText, s.kind, s.title, s.agenda_item_id AS agendaItemId, a.content AS agendaItemContent,
    s.planned_minutes AS plannedMinutes, s.actual_minutes AS actualMinutes, s.summary, s.registration,
    s.requested_at AS requestedAt, s.note, s.updated_at AS updatedAt,
    d.full_name AS delegateName, d.position_lines AS delegatePositions
  FROM speech s
  LEFT JOIN delegate d ON d.id = s.speaker_delegate_id
  LEFT JOIN agenda_item a ON a.id = s.agenda_item_id`;

function toSpeech({ delegateName, delegatePositions, ...row }: Row): Speech {
  const speakerLabel =
    delegateName !== null ? delegateLabel(delegateName, delegatePositions) : row.speakerText;
  const searchKey = foldForSearch([speakerLabel, row.title, row.summary, row.note].join(' '));
  return { ...row, speakerLabel, searchKey };
}

function allSpeeches(db: Db, conferenceId: number): Speech[] {
  requireConference(db, conferenceId);
  return (
    db
      .prepare(`${select} WHERE s.conference_id = ? AND s.deleted_at IS NULL ORDER BY s.position, s.id`)
      .all(conferenceId) as Row[]
  ).map(toSpeech);
}

export function listSpeeches(db: Db, q: ParsedInput<'speeches.list'>): Speech[] {
  return allSpeeches(db, q.conferenceId).filter(
    (s) =>
      (!q.query || matchesSearch(s.searchKey, q.query)) &&
      (q.registrations.length === 0 || q.registrations.includes(s.registration)) &&
      (q.kinds.length === 0 || q.kinds.includes(s.kind)),
  );
}

export function getSpeech(db: Db, id: number): Speech {
  const row = db.prepare(`${select} WHERE s.id = ? AND s.deleted_at IS NULL`).get(id) as Row | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy phát biểu này (có thể đã bị xóa).');
  return toSpeech(row);
}

function check(refs: { delegates: Set<number>; agenda: Set<number> }, input: SpeechInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.speakerDelegateId === null && input.speakerText === '') {
    issues.push({
      path: 'speakerDelegateId',
      message: 'Chọn người phát biểu (một đại biểu) hoặc ghi rõ ai phát biểu.',
    });
  }
  if (input.speakerDelegateId !== null && !refs.delegates.has(input.speakerDelegateId)) {
    issues.push({
      path: 'speakerDelegateId',
      message: 'Người phát biểu phải là một đại biểu của hội nghị này.',
    });
  }
  if (input.agendaItemId !== null && !refs.agenda.has(input.agendaItemId)) {
    issues.push({ path: 'agendaItemId', message: 'Mục chương trình phải thuộc hội nghị này.' });
  }
  return issues;
}

const refsOf = (db: Db, conferenceId: number) => ({
  delegates: liveIds(db, 'delegate', conferenceId),
  agenda: liveIds(db, 'agenda_item', conferenceId),
});

// A request to speak is timestamped the first time it is recorded, so the list can honour who asked first.
const requestedAtSql = `CASE WHEN @registration = 'du_kien' THEN NULL ELSE coalesce(@requestedAt, ${nowSql}) END`;

export function createSpeeches(db: Db, conferenceId: number, rows: SpeechInput[], batch: boolean): Speech[] {
  return db.transaction(() => {
    requireConference(db, conferenceId);
    const refs = refsOf(db, conferenceId);
    throwIfIssues(rows.flatMap((row, i) => rowIssues(check(refs, row), batch ? i : null)));
    const end = liveIds(db, 'speech', conferenceId).size;
    const insert = db.prepare(
      `INSERT INTO speech (conference_id, position, speaker_delegate_id, speaker_text, kind, title, agenda_item_id,
         planned_minutes, actual_minutes, summary, registration, requested_at, note)
       VALUES (@conferenceId, @position, @speakerDelegateId, @speakerText, @kind, @title, @agendaItemId,
         @plannedMinutes, @actualMinutes, @summary, @registration, ${requestedAtSql}, @note)`,
    );
    return rows.map((row, i) =>
      getSpeech(
        db,
        Number(insert.run({ ...row, conferenceId, position: end + i, requestedAt: null }).lastInsertRowid),
      ),
    );
  })();
}

export function updateSpeech(db: Db, patch: ParsedInput<'speeches.update'>): Speech {
  return db.transaction(() => {
    const current = getSpeech(db, patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next: SpeechInput & { requestedAt: string | null } = { ...current, ...defined };
    throwIfIssues(check(refsOf(db, current.conferenceId), next));
    db.prepare(
      `UPDATE speech SET speaker_delegate_id = @speakerDelegateId, speaker_text = @speakerText, kind = @kind,
         title = @title, agenda_item_id = @agendaItemId, planned_minutes = @plannedMinutes,
         actual_minutes = @actualMinutes, summary = @summary, registration = @registration,
         requested_at = ${requestedAtSql}, note = @note, updated_at = ${nowSql}
       WHERE id = @id`,
    ).run({ ...next, id: patch.id });
    return getSpeech(db, patch.id);
  })();
}

export function moveSpeech(db: Db, id: number, position: number): Speech[] {
  return db.transaction(() => {
    const { conferenceId } = getSpeech(db, id);
    renumber(db, 'speech', conferenceId, { id, position });
    return allSpeeches(db, conferenceId);
  })();
}

export const deleteSpeeches = (db: Db, ids: number[]) => ({
  count: softDelete(db, 'speech', ids, 'phát biểu'),
});

export function restoreSpeeches(db: Db, ids: number[]): Speech[] {
  return db.transaction(() => {
    const restored = restoreDeleted(db, 'speech', ids, 'phát biểu').map((id) => getSpeech(db, id));
    new Set(restored.map((s) => s.conferenceId)).forEach((c) => renumber(db, 'speech', c));
    return restored.map((s) => getSpeech(db, s.id));
  })();
}
