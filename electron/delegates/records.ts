/**
 * What the conference-record repositories (delegates, agenda, speeches, awards) share: the conference they
 * hang on, undoable deletes over id lists, and per-row problems for pasted batches.
 */
import type { Db } from '../db/connection.ts';
import { DomainError, type FieldIssue } from '../../shared/api/result.ts';
import { rowMessage } from '../../shared/api/schemas/recordFields.ts';

export const nowSql = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

export interface ConferenceFacts {
  id: number;
  clusterId: number;
  hostMemberId: number | null;
  startTime: string | null;
  plannedEndTime: string | null;
}

export function requireConference(db: Db, conferenceId: number): ConferenceFacts {
  const row = db
    .prepare(
      `SELECT id, cluster_id AS clusterId, host_member_id AS hostMemberId, start_time AS startTime,
         planned_end_time AS plannedEndTime
       FROM conference WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(conferenceId) as ConferenceFacts | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hội nghị này (có thể đã bị xóa).');
  return row;
}

/** The tables whose rows belong to a conference and are deleted softly. */
export type RecordTable = 'delegate' | 'agenda_item' | 'speech' | 'award_entry';

/** Soft-deletes the rows (all or none); `what` names them in the message ("đại biểu"). */
export function softDelete(db: Db, table: RecordTable, ids: number[], what: string): number {
  return db.transaction(() => {
    const unique = [...new Set(ids)];
    const mark = db.prepare(`UPDATE ${table} SET deleted_at = ${nowSql} WHERE id = ? AND deleted_at IS NULL`);
    const changed = unique.reduce((sum, id) => sum + mark.run(id).changes, 0);
    if (changed !== unique.length) {
      throw new DomainError(
        'NOT_FOUND',
        `Có ${what} đã bị xóa hoặc không còn tồn tại; hãy tải lại danh sách.`,
      );
    }
    return changed;
  })();
}

/** Undoes softDelete; refuses when nothing among the ids was deleted. Returns the ids restored. */
export function restoreDeleted(db: Db, table: RecordTable, ids: number[], what: string): number[] {
  return db.transaction(() => {
    const unmark = db.prepare(
      `UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`,
    );
    const restored = [...new Set(ids)].filter((id) => unmark.run(id).changes > 0);
    if (restored.length === 0)
      throw new DomainError('NOT_FOUND', `Không có ${what} đã xóa nào để khôi phục.`);
    return restored;
  })();
}

/** One row's problems, reported against the single-row form or, in a paste, against "rows.N". */
export function rowIssues(issues: FieldIssue[], rowIndex: number | null): FieldIssue[] {
  if (rowIndex === null) return issues;
  return issues.map((i) => ({
    path: `rows.${rowIndex}${i.path ? `.${i.path}` : ''}`,
    message: rowMessage(rowIndex, i.message),
  }));
}

export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  const more = issues.length > 1 ? ` (và ${issues.length - 1} lỗi khác)` : '';
  throw new DomainError('VALIDATION', `${issues[0]!.message.replace(/\.$/u, '')}${more}.`, issues);
}

/** Ids of the live rows of a conference in a table, for checks that a reference stays inside it. */
export function liveIds(db: Db, table: RecordTable, conferenceId: number): Set<number> {
  return new Set(
    db
      .prepare(`SELECT id FROM ${table} WHERE conference_id = ? AND deleted_at IS NULL`)
      .pluck()
      .all(conferenceId) as number[],
  );
}

/** Writes 0..n-1 over the live rows in their current order, with `placed` put at its wanted place. */
export function renumber(
  db: Db,
  table: 'agenda_item' | 'speech',
  conferenceId: number,
  placed?: { id: number; position: number },
): void {
  const ids = db
    .prepare(`SELECT id FROM ${table} WHERE conference_id = ? AND deleted_at IS NULL ORDER BY position, id`)
    .pluck()
    .all(conferenceId) as number[];
  if (placed) {
    ids.splice(ids.indexOf(placed.id), 1);
    ids.splice(Math.min(placed.position, ids.length), 0, placed.id);
  }
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((id, index) => set.run(index, id));
}
