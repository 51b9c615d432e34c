/** The catalogue of award forms (seeded from Luật Thi đua, khen thưởng 2022 by migration 0002), editable. */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { AwardForm } from '../../shared/api/schemas/awards.ts';
import { DomainError } from '../../shared/api/result.ts';
import { nowSql } from '../delegates/records.ts';

const select = `SELECT f.id, f.name, f.kind, f.level, f.precedence,
    (SELECT count(*) FROM award_entry e WHERE e.award_form_id = f.id AND e.deleted_at IS NULL) AS entryCount
  FROM award_form f`;

export function listAwardForms(db: Db): AwardForm[] {
  return db.prepare(`${select} WHERE f.deleted_at IS NULL ORDER BY f.precedence, f.id`).all() as AwardForm[];
}

export function getAwardForm(db: Db, id: number): AwardForm {
  const row = db.prepare(`${select} WHERE f.id = ? AND f.deleted_at IS NULL`).get(id);
  if (!row)
    throw new DomainError('NOT_FOUND', 'Không tìm thấy hình thức khen thưởng này (có thể đã bị xóa).');
  return row as AwardForm;
}

function assertNameFree(db: Db, name: string, exceptId: number | null): void {
  const clash = db
    .prepare('SELECT 1 FROM award_form WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(name, exceptId);
  if (clash) {
    throw new DomainError('CONFLICT', `Đã có hình thức khen thưởng "${name}"; hãy đặt tên khác.`, [
      { path: 'name', message: `Đã có hình thức "${name}".` },
    ]);
  }
}

export function createAwardForm(db: Db, input: ParsedInput<'awardForms.create'>): AwardForm {
  return db.transaction(() => {
    assertNameFree(db, input.name, null);
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO award_form (name, kind, level, precedence) VALUES (@name, @kind, @level, @precedence)',
      )
      .run(input);
    return getAwardForm(db, Number(lastInsertRowid));
  })();
}

/**
 * Entries keep their own level: a form moved to another level changes new entries only, because a decision
 * already signed does not change its level afterwards.
 */
export function updateAwardForm(db: Db, patch: ParsedInput<'awardForms.update'>): AwardForm {
  return db.transaction(() => {
    const current = getAwardForm(db, patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...current, ...defined };
    assertNameFree(db, next.name, patch.id);
    db.prepare(
      `UPDATE award_form SET name = @name, kind = @kind, level = @level, precedence = @precedence,
         updated_at = ${nowSql} WHERE id = @id`,
    ).run(next);
    return getAwardForm(db, patch.id);
  })();
}

export function deleteAwardForm(db: Db, id: number): { count: number } {
  getAwardForm(db, id);
  db.prepare(`UPDATE award_form SET deleted_at = ${nowSql} WHERE id = ?`).run(id);
  return { count: 1 };
}

export function restoreAwardForm(db: Db, id: number): AwardForm {
  return db.transaction(() => {
    const name = db
      .prepare('SELECT name FROM award_form WHERE id = ? AND deleted_at IS NOT NULL')
      .pluck()
      .get(id) as string | undefined;
    if (name === undefined)
      throw new DomainError('NOT_FOUND', 'Không có hình thức khen thưởng đã xóa nào để khôi phục.');
    assertNameFree(db, name, id);
    db.prepare('UPDATE award_form SET deleted_at = NULL WHERE id = ?').run(id);
    return getAwardForm(db, id);
  })();
}
