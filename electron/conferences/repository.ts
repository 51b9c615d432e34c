/** Conferences of a cluster. Deletes are soft so the UI can undo them. */
import type { Db } from '../db/connection.ts';
import type { Conference } from '../../shared/api/schemas.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import { DomainError } from '../../shared/api/result.ts';
import { getCluster } from '../clusters/repository.ts';

const select = `SELECT f.id, f.cluster_id AS clusterId, c.name AS clusterName, f.title, f.kind, f.year, f.period,
    f.date, f.start_time AS startTime, f.venue, f.host_member_id AS hostMemberId, m.official_name AS hostMemberName,
    f.organizing_body AS organizingBody, f.updated_at AS updatedAt
  FROM conference f
  JOIN cluster c ON c.id = f.cluster_id
  LEFT JOIN member_unit m ON m.id = f.host_member_id`;

export function listConferences(db: Db, clusterId?: number): Conference[] {
  return db
    .prepare(
      `${select} WHERE f.deleted_at IS NULL AND c.deleted_at IS NULL AND (@clusterId IS NULL OR f.cluster_id = @clusterId)
       ORDER BY f.date IS NULL, f.date DESC, f.id DESC`,
    )
    .all({ clusterId: clusterId ?? null }) as Conference[];
}

export function getConference(db: Db, id: number): Conference {
  const row = db.prepare(`${select} WHERE f.id = ? AND f.deleted_at IS NULL`).get(id);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hội nghị này (có thể đã bị xóa).');
  return row as Conference;
}

function assertHostInCluster(db: Db, clusterId: number, hostMemberId: number | null): void {
  if (hostMemberId === null) return;
  const host = db
    .prepare('SELECT 1 FROM member_unit WHERE id = ? AND cluster_id = ? AND deleted_at IS NULL')
    .get(hostMemberId, clusterId);
  if (!host) {
    throw new DomainError('VALIDATION', 'Đơn vị đăng cai phải là một thành viên của cụm.', [
      { path: 'hostMemberId', message: 'Chọn một thành viên của cụm.' },
    ]);
  }
}

export function createConference(db: Db, input: ParsedInput<'conferences.create'>): Conference {
  return db.transaction(() => {
    getCluster(db, input.clusterId);
    assertHostInCluster(db, input.clusterId, input.hostMemberId);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO conference (cluster_id, title, kind, year, period, date, start_time, venue, host_member_id, organizing_body)
         VALUES (@clusterId, @title, @kind, @year, @period, @date, @startTime, @venue, @hostMemberId, @organizingBody)`,
      )
      .run(input);
    return getConference(db, Number(lastInsertRowid));
  })();
}

export function updateConference(db: Db, input: ParsedInput<'conferences.update'>): Conference {
  return db.transaction(() => {
    getConference(db, input.id);
    getCluster(db, input.clusterId);
    assertHostInCluster(db, input.clusterId, input.hostMemberId);
    db.prepare(
      `UPDATE conference SET cluster_id = @clusterId, title = @title, kind = @kind, year = @year, period = @period,
         date = @date, start_time = @startTime, venue = @venue, host_member_id = @hostMemberId,
         organizing_body = @organizingBody, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       WHERE id = @id`,
    ).run(input);
    return getConference(db, input.id);
  })();
}

export function deleteConference(db: Db, id: number): void {
  getConference(db, id);
  db.prepare(`UPDATE conference SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(id);
}

export function restoreConference(db: Db, id: number): Conference {
  const changed = db
    .prepare('UPDATE conference SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
    .run(id);
  if (changed.changes === 0) throw new DomainError('NOT_FOUND', 'Không có hội nghị đã xóa nào để khôi phục.');
  return getConference(db, id);
}
