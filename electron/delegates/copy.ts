/**
 * "Start from last time": every sơ kết and tổng kết repeats most of the one before, so a conference can take
 * the delegates (statuses, seats and absence reasons reset), agenda and speech line-up of an earlier one of
 * the same cluster. One transaction; refused when the new conference already has such records.
 */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import { DomainError } from '../../shared/api/result.ts';
import { liveIds, requireConference } from './records.ts';

export function copyFromConference(db: Db, input: ParsedInput<'delegates.copyFromConference'>) {
  return db.transaction(() => {
    if (input.conferenceId === input.sourceConferenceId) {
      throw new DomainError('VALIDATION', 'Hãy chọn một hội nghị khác để sao chép.', [
        { path: 'sourceConferenceId', message: 'Hãy chọn một hội nghị khác.' },
      ]);
    }
    const target = requireConference(db, input.conferenceId);
    const source = requireConference(db, input.sourceConferenceId);
    if (target.clusterId !== source.clusterId) {
      throw new DomainError('VALIDATION', 'Chỉ sao chép được từ một hội nghị của cùng cụm thi đua.', [
        { path: 'sourceConferenceId', message: 'Chọn hội nghị của cùng cụm.' },
      ]);
    }
    const busy = [
      ['delegate', 'đại biểu', true],
      ['agenda_item', 'chương trình', input.agenda],
      ['speech', 'danh sách phát biểu', input.speeches],
    ] as const;
    for (const [table, what, wanted] of busy) {
      if (wanted && liveIds(db, table, target.id).size > 0) {
        throw new DomainError(
          'CONFLICT',
          `Hội nghị này đã có ${what}; chỉ sao chép được vào hội nghị chưa có, hãy xóa hoặc bỏ chọn phần này.`,
        );
      }
    }

    const delegateIds = new Map<number, number>();
    const delegates = db
      .prepare('SELECT id FROM delegate WHERE conference_id = ? AND deleted_at IS NULL ORDER BY id')
      .pluck()
      .all(source.id) as number[];
    const copyDelegate = db.prepare(
      `INSERT INTO delegate (conference_id, full_name, gender, position_lines, organization, delegation_kind,
         delegation_member_id, delegation_label, role, protocol_group, protocol_rank, in_office_since, birth_year,
         phone, email, status, absence_reason, seat, note, manual_order, search_key, name_key)
       SELECT @target, full_name, gender, position_lines, organization, delegation_kind, delegation_member_id,
         delegation_label, role, protocol_group, protocol_rank, in_office_since, birth_year, phone, email,
         'duoc_moi', '', '', note, manual_order, search_key, name_key
       FROM delegate WHERE id = @id`,
    );
    for (const id of delegates) {
      delegateIds.set(id, Number(copyDelegate.run({ target: target.id, id }).lastInsertRowid));
    }

    const agendaIds = new Map<number, number>();
    if (input.agenda) {
      const items = db
        .prepare(
          `SELECT id, presenter_delegate_id AS presenter FROM agenda_item
           WHERE conference_id = ? AND deleted_at IS NULL ORDER BY position, id`,
        )
        .all(source.id) as { id: number; presenter: number | null }[];
      const copyItem = db.prepare(
        `INSERT INTO agenda_item (conference_id, position, duration_minutes, content, kind, presenter_delegate_id,
           presenter_text, note)
         SELECT @target, @position, duration_minutes, content, kind, @presenter, presenter_text, note
         FROM agenda_item WHERE id = @id`,
      );
      items.forEach((item, position) => {
        const presenter = item.presenter === null ? null : (delegateIds.get(item.presenter) ?? null);
        agendaIds.set(
          item.id,
          Number(copyItem.run({ target: target.id, id: item.id, position, presenter }).lastInsertRowid),
        );
      });
    }

    let speeches = 0;
    if (input.speeches) {
      // The line-up carries over; what was said, how long, and declined requests do not.
      const rows = db
        .prepare(
          `SELECT id, speaker_delegate_id AS speaker, speaker_text AS speakerText, agenda_item_id AS agendaItem
           FROM speech WHERE conference_id = ? AND deleted_at IS NULL AND registration IN ('du_kien', 'chap_nhan')
           ORDER BY position, id`,
        )
        .all(source.id) as {
        id: number;
        speaker: number | null;
        speakerText: string;
        agendaItem: number | null;
      }[];
      const copySpeech = db.prepare(
        `INSERT INTO speech (conference_id, position, speaker_delegate_id, speaker_text, kind, title, agenda_item_id,
           planned_minutes, registration, note)
         SELECT @target, @position, @speaker, @speakerText, kind, title, @agendaItem, planned_minutes, 'du_kien', note
         FROM speech WHERE id = @id`,
      );
      for (const row of rows) {
        const speaker = row.speaker === null ? null : (delegateIds.get(row.speaker) ?? null);
        // A speaker who was deleted in the source keeps a readable name rather than vanishing.
        const speakerText =
          speaker === null && row.speaker !== null
            ? ((db
                .prepare('SELECT full_name FROM delegate WHERE id = ?')
                .pluck()
                .get(row.speaker) as string) ?? '')
            : row.speakerText;
        if (speaker === null && speakerText === '') continue;
        const agendaItem = row.agendaItem === null ? null : (agendaIds.get(row.agendaItem) ?? null);
        copySpeech.run({
          target: target.id,
          id: row.id,
          position: speeches++,
          speaker,
          speakerText,
          agendaItem,
        });
      }
    }
    return { delegates: delegateIds.size, agendaItems: agendaIds.size, speeches };
  })();
}
