/** The clerk's own protocol order: persisted as manual_order, so it survives restarts and new delegates. */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { Delegate } from '../../shared/api/schemas/delegates.ts';
import { DomainError } from '../../shared/api/result.ts';
import { moveInOrder } from '../../shared/protocol.ts';
import { orderedDelegates } from './repository.ts';
import { nowSql } from './records.ts';

const strip = (list: ReturnType<typeof orderedDelegates>): Delegate[] =>
  list.map(({ memberPosition: _, ...d }) => d);

export function reorderDelegates(db: Db, input: ParsedInput<'delegates.reorder'>): Delegate[] {
  return db.transaction(() => {
    const current = orderedDelegates(db, input.conferenceId);
    let ids: number[];
    if ('ids' in input) {
      const known = new Set(current.map((d) => d.id));
      const given = new Set(input.ids);
      if (
        given.size !== input.ids.length ||
        given.size !== known.size ||
        input.ids.some((id) => !known.has(id))
      ) {
        throw new DomainError(
          'CONFLICT',
          'Danh sách thứ tự phải gồm đúng mọi đại biểu của hội nghị, mỗi người một lần; hãy tải lại danh sách.',
        );
      }
      ids = input.ids;
    } else {
      if (!current.some((d) => d.id === input.id)) {
        throw new DomainError('NOT_FOUND', 'Không tìm thấy đại biểu này trong hội nghị (có thể đã bị xóa).');
      }
      ids = moveInOrder(current, input.id, input.toIndex);
    }
    const set = db.prepare(`UPDATE delegate SET manual_order = ?, updated_at = ${nowSql} WHERE id = ?`);
    ids.forEach((id, index) => set.run(index, id));
    return strip(orderedDelegates(db, input.conferenceId));
  })();
}

export function resetDelegateOrder(db: Db, conferenceId: number): Delegate[] {
  return db.transaction(() => {
    orderedDelegates(db, conferenceId);
    db.prepare(`UPDATE delegate SET manual_order = NULL WHERE conference_id = ?`).run(conferenceId);
    return strip(orderedDelegates(db, conferenceId));
  })();
}
