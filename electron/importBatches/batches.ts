/** Import batches: recorded with the rows they touched, listed per conference, and undone in one transaction. */
import type { Db } from '../db/connection.ts';
import { DomainError } from '../../shared/api/result.ts';
import type { ImportBatch, ImportKind } from '../../shared/api/methods/imports.ts';
import { nowSql } from '../delegates/records.ts';
import { updateDelegate } from '../delegates/repository.ts';
import { updateAward } from '../awards/repository.ts';
import type { DelegateChange } from './delegateRows.ts';
import type { AwardChange } from './awardRows.ts';

const select = `SELECT b.id, b.conference_id AS conferenceId, b.kind, b.file_name AS fileName, b.sheet,
    b.header_row AS headerRow, b.member_unit_id AS memberUnitId, m.short_name AS memberName,
    b.delegation_label AS delegationLabel, b.mapping, b.added, b.updated, b.skipped, b.created_at AS createdAt,
    b.undone_at AS undoneAt
  FROM import_batch b LEFT JOIN member_unit m ON m.id = b.member_unit_id`;

type Row = Omit<ImportBatch, 'mapping'> & { mapping: string };

const toBatch = (row: Row): ImportBatch => ({
  ...row,
  mapping: JSON.parse(row.mapping) as ImportBatch['mapping'],
});

export function listBatches(db: Db, conferenceId: number): ImportBatch[] {
  const rows = db
    .prepare(`${select} WHERE b.conference_id = ? ORDER BY b.id DESC`)
    .all(conferenceId) as Row[];
  return rows.map(toBatch);
}

export function getBatch(db: Db, id: number): ImportBatch {
  const row = db.prepare(`${select} WHERE b.id = ?`).get(id) as Row | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy lần nhập này.');
  return toBatch(row);
}

export interface NewBatch {
  conferenceId: number;
  kind: ImportKind;
  fileName: string;
  sha256: string;
  sheet: string;
  headerRow: number;
  memberUnitId: number | null;
  delegationLabel: string;
  mapping: ImportBatch['mapping'];
  skipped: number;
  items: { row: number; action: 'add' | 'update'; recordId: number; previous: object | null }[];
}

/** Call inside the import's transaction. */
export function recordBatch(db: Db, batch: NewBatch): number {
  const added = batch.items.filter((i) => i.action === 'add').length;
  const id = Number(
    db
      .prepare(
        `INSERT INTO import_batch (conference_id, kind, file_name, file_sha256, sheet, header_row, member_unit_id,
           delegation_label, mapping, added, updated, skipped)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        batch.conferenceId,
        batch.kind,
        batch.fileName,
        batch.sha256,
        batch.sheet,
        batch.headerRow,
        batch.memberUnitId,
        batch.delegationLabel,
        JSON.stringify(batch.mapping),
        added,
        batch.items.length - added,
        batch.skipped,
      ).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO import_batch_item (batch_id, source_row, action, record_id, previous) VALUES (?, ?, ?, ?, ?)',
  );
  for (const item of batch.items)
    insert.run(
      id,
      item.row,
      item.action,
      item.recordId,
      item.previous ? JSON.stringify(item.previous) : null,
    );
  return id;
}

/**
 * Removes the rows the batch added (softly, like a delete from the list) and puts back the fields it updated.
 * Rows the clerk has deleted since are left deleted.
 */
export function undoBatch(db: Db, batchId: number) {
  return db.transaction(() => {
    const batch = getBatch(db, batchId);
    if (batch.undoneAt)
      throw new DomainError('CONFLICT', 'Lần nhập này đã được hoàn tác rồi; không có gì thay đổi.');
    const table = batch.kind === 'delegates' ? 'delegate' : 'award_entry';
    const items = db
      .prepare('SELECT action, record_id AS recordId, previous FROM import_batch_item WHERE batch_id = ?')
      .all(batchId) as { action: 'add' | 'update'; recordId: number; previous: string | null }[];
    const remove = db.prepare(
      `UPDATE ${table} SET deleted_at = ${nowSql} WHERE id = ? AND deleted_at IS NULL`,
    );
    const live = db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`);
    let removed = 0;
    let restored = 0;
    for (const item of items) {
      if (item.action === 'add') removed += remove.run(item.recordId).changes;
      else if (item.previous && live.get(item.recordId)) {
        const previous: unknown = JSON.parse(item.previous);
        if (batch.kind === 'delegates')
          updateDelegate(db, { id: item.recordId, ...(previous as DelegateChange) });
        else updateAward(db, { id: item.recordId, ...(previous as AwardChange) });
        restored += 1;
      }
    }
    db.prepare(`UPDATE import_batch SET undone_at = ${nowSql} WHERE id = ?`).run(batchId);
    return { batch: getBatch(db, batchId), removed, restored };
  })();
}
