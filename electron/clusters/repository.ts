/** Clusters and their member units. Deletes are soft so the UI can undo them. */
import type { Db } from '../db/connection.ts';
import type { Cluster, Member } from '../../shared/api/schemas.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import { DomainError } from '../../shared/api/result.ts';

const clusterColumns = `c.id, c.name, c.short_name AS shortName, c.note,
  (SELECT count(*) FROM member_unit m WHERE m.cluster_id = c.id AND m.deleted_at IS NULL) AS memberCount`;

export function listClusters(db: Db): Cluster[] {
  return db
    .prepare(`SELECT ${clusterColumns} FROM cluster c WHERE c.deleted_at IS NULL ORDER BY c.name`)
    .all() as Cluster[];
}

export function getCluster(db: Db, id: number): Cluster {
  const row = db
    .prepare(`SELECT ${clusterColumns} FROM cluster c WHERE c.id = ? AND c.deleted_at IS NULL`)
    .get(id);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy cụm thi đua này (có thể đã bị xóa).');
  return row as Cluster;
}

export function createCluster(db: Db, input: ParsedInput<'clusters.create'>): Cluster {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO cluster (name, short_name, note) VALUES (?, ?, ?)')
    .run(input.name, input.shortName, input.note);
  return getCluster(db, Number(lastInsertRowid));
}

export function updateCluster(db: Db, input: ParsedInput<'clusters.update'>): Cluster {
  getCluster(db, input.id);
  db.prepare(
    `UPDATE cluster SET name = ?, short_name = ?, note = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ?`,
  ).run(input.name, input.shortName, input.note, input.id);
  return getCluster(db, input.id);
}

export function deleteCluster(db: Db, id: number): void {
  getCluster(db, id);
  db.prepare(`UPDATE cluster SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(id);
}

export function restoreCluster(db: Db, id: number): Cluster {
  const changed = db
    .prepare('UPDATE cluster SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
    .run(id);
  if (changed.changes === 0)
    throw new DomainError('NOT_FOUND', 'Không có cụm thi đua đã xóa nào để khôi phục.');
  return getCluster(db, id);
}

const memberColumns = `id, cluster_id AS clusterId, code, short_name AS shortName, official_name AS officialName,
  valid_from AS validFrom, valid_to AS validTo, position`;

export function listMembers(db: Db, clusterId: number): Member[] {
  return db
    .prepare(
      `SELECT ${memberColumns} FROM member_unit WHERE cluster_id = ? AND deleted_at IS NULL ORDER BY position, id`,
    )
    .all(clusterId) as Member[];
}

export function getMember(db: Db, id: number): Member {
  const row = db
    .prepare(`SELECT ${memberColumns} FROM member_unit WHERE id = ? AND deleted_at IS NULL`)
    .get(id);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy thành viên này (có thể đã bị xóa).');
  return row as Member;
}

function assertCodeFree(db: Db, clusterId: number, code: string, exceptId?: number): void {
  const clash = db
    .prepare(
      'SELECT short_name AS name FROM member_unit WHERE cluster_id = ? AND code = ? AND deleted_at IS NULL AND id IS NOT ?',
    )
    .get(clusterId, code, exceptId ?? null) as { name: string } | undefined;
  if (clash) {
    throw new DomainError('CONFLICT', `Mã "${code}" đã dùng cho ${clash.name}. Hãy chọn mã khác.`, [
      { path: 'code', message: `Mã "${code}" đã dùng cho ${clash.name}.` },
    ]);
  }
}

export function createMember(db: Db, input: ParsedInput<'members.create'>): Member {
  return db.transaction(() => {
    getCluster(db, input.clusterId);
    assertCodeFree(db, input.clusterId, input.code);
    const { next } = db
      .prepare(
        'SELECT coalesce(max(position) + 1, 0) AS next FROM member_unit WHERE cluster_id = ? AND deleted_at IS NULL',
      )
      .get(input.clusterId) as { next: number };
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO member_unit (cluster_id, code, short_name, official_name, valid_from, valid_to, position)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.clusterId,
        input.code,
        input.shortName,
        input.officialName,
        input.validFrom,
        input.validTo,
        next,
      );
    return getMember(db, Number(lastInsertRowid));
  })();
}

export function updateMember(db: Db, input: ParsedInput<'members.update'>): Member {
  return db.transaction(() => {
    const existing = getMember(db, input.id);
    if (existing.clusterId !== input.clusterId) {
      throw new DomainError('CONFLICT', 'Không thể chuyển thành viên sang cụm khác; hãy thêm mới ở cụm kia.');
    }
    assertCodeFree(db, input.clusterId, input.code, input.id);
    db.prepare(
      `UPDATE member_unit SET code = ?, short_name = ?, official_name = ?, valid_from = ?, valid_to = ?,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
    ).run(input.code, input.shortName, input.officialName, input.validFrom, input.validTo, input.id);
    return getMember(db, input.id);
  })();
}

/** Moves a member to a new place in the cluster's fixed order and renumbers the rest. */
export function moveMember(db: Db, id: number, position: number): Member[] {
  return db.transaction(() => {
    const member = getMember(db, id);
    const others = listMembers(db, member.clusterId).filter((m) => m.id !== id);
    others.splice(Math.min(position, others.length), 0, member);
    const update = db.prepare('UPDATE member_unit SET position = ? WHERE id = ?');
    others.forEach((m, index) => update.run(index, m.id));
    return listMembers(db, member.clusterId);
  })();
}

export function deleteMember(db: Db, id: number): void {
  getMember(db, id);
  db.prepare(`UPDATE member_unit SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(
    id,
  );
}

export function restoreMember(db: Db, id: number): Member {
  return db.transaction(() => {
    const row = db
      .prepare(
        'SELECT cluster_id AS clusterId, code FROM member_unit WHERE id = ? AND deleted_at IS NOT NULL',
      )
      .get(id) as { clusterId: number; code: string } | undefined;
    if (!row) throw new DomainError('NOT_FOUND', 'Không có thành viên đã xóa nào để khôi phục.');
    assertCodeFree(db, row.clusterId, row.code, id);
    db.prepare('UPDATE member_unit SET deleted_at = NULL WHERE id = ?').run(id);
    return getMember(db, id);
  })();
}
