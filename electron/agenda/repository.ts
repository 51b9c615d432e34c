/** Agenda items of a conference, kept in a 0-based order; times are recomputed on every read. */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { FieldIssue } from '../../shared/api/result.ts';
import type { AgendaItem, AgendaItemInput, AgendaList } from '../../shared/api/schemas/agenda.ts';
import { DomainError } from '../../shared/api/result.ts';
import { foldForSearch } from '../../shared/text/vietnamese.ts';
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
import { schedule } from './schedule.ts';

type Row = Omit<AgendaItem, 'presenterLabel' | 'startTime' | 'endTime' | 'overrun' | 'searchKey'> & {
  delegateName: string | null;
  delegatePositions: string | null;
};

const select = `SELECT a.id, a.conference_id AS conferenceId, a.position, a.content, a.duration_minutes AS durationMinutes,
    a.kind, a.presenter_delegate_id AS presenterDelegateId, a.presenter_text AS presenterText, a.note,
    d.full_name AS delegateName, d.position_lines AS delegatePositions
  FROM agenda_item a LEFT JOIN delegate d ON d.id = a.presenter_delegate_id`;

/** "Hoàng Xuân Ánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Cao Bằng": a name followed by the title chain. */
export function delegateLabel(name: string, positionsJson: string | null): string {
  const positions = positionsJson ? (JSON.parse(positionsJson) as string[]) : [];
  return [name, ...positions].join(', ');
}

export function listAgenda(db: Db, conferenceId: number): AgendaList {
  const conference = requireConference(db, conferenceId);
  const rows = db
    .prepare(`${select} WHERE a.conference_id = ? AND a.deleted_at IS NULL ORDER BY a.position, a.id`)
    .all(conferenceId) as Row[];
  const items = rows.map(({ delegateName, delegatePositions, ...row }) => {
    const presenterLabel =
      delegateName !== null ? delegateLabel(delegateName, delegatePositions) : row.presenterText;
    const searchKey = foldForSearch([row.content, presenterLabel, row.note].join(' '));
    return { ...row, presenterLabel, searchKey };
  });
  const timed = schedule(conference.startTime, conference.plannedEndTime, items);
  return {
    conferenceId,
    startTime: conference.startTime,
    plannedEndTime: conference.plannedEndTime,
    ...timed,
  };
}

function itemOf(db: Db, conferenceId: number, id: number): AgendaItem {
  const item = listAgenda(db, conferenceId).items.find((i) => i.id === id);
  if (!item) throw new DomainError('NOT_FOUND', 'Không tìm thấy mục chương trình này (có thể đã bị xóa).');
  return item;
}

function conferenceOf(db: Db, id: number): number {
  const conferenceId = db
    .prepare('SELECT conference_id FROM agenda_item WHERE id = ? AND deleted_at IS NULL')
    .pluck()
    .get(id) as number | undefined;
  if (conferenceId === undefined) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy mục chương trình này (có thể đã bị xóa).');
  }
  return conferenceId;
}

function checkPresenter(delegates: Set<number>, input: AgendaItemInput): FieldIssue[] {
  if (input.presenterDelegateId === null || delegates.has(input.presenterDelegateId)) return [];
  return [{ path: 'presenterDelegateId', message: 'Người thực hiện phải là một đại biểu của hội nghị này.' }];
}

const insertSql = `INSERT INTO agenda_item (conference_id, position, duration_minutes, content, kind, presenter_delegate_id,
    presenter_text, note)
  VALUES (@conferenceId, @position, @durationMinutes, @content, @kind, @presenterDelegateId, @presenterText, @note)`;

export function createAgendaItems(
  db: Db,
  conferenceId: number,
  rows: AgendaItemInput[],
  options: { batch: boolean; position?: number },
): AgendaItem[] {
  return db.transaction(() => {
    requireConference(db, conferenceId);
    const delegates = liveIds(db, 'delegate', conferenceId);
    throwIfIssues(
      rows.flatMap((row, i) => rowIssues(checkPresenter(delegates, row), options.batch ? i : null)),
    );
    const end = liveIds(db, 'agenda_item', conferenceId).size;
    const insert = db.prepare(insertSql);
    const ids = rows.map((row, i) =>
      Number(insert.run({ ...row, conferenceId, position: end + i }).lastInsertRowid),
    );
    if (options.position !== undefined) {
      ids.forEach((id, i) =>
        renumber(db, 'agenda_item', conferenceId, { id, position: options.position! + i }),
      );
    }
    const list = listAgenda(db, conferenceId).items;
    return ids.map((id) => list.find((item) => item.id === id)!);
  })();
}

export function updateAgendaItem(db: Db, patch: ParsedInput<'agenda.update'>): AgendaItem {
  return db.transaction(() => {
    const conferenceId = conferenceOf(db, patch.id);
    const current = itemOf(db, conferenceId, patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next: AgendaItemInput = { ...current, ...defined };
    throwIfIssues(checkPresenter(liveIds(db, 'delegate', conferenceId), next));
    db.prepare(
      `UPDATE agenda_item SET content = @content, duration_minutes = @durationMinutes, kind = @kind,
         presenter_delegate_id = @presenterDelegateId, presenter_text = @presenterText, note = @note,
         updated_at = ${nowSql}
       WHERE id = @id`,
    ).run({ ...next, id: patch.id });
    return itemOf(db, conferenceId, patch.id);
  })();
}

export function moveAgendaItem(db: Db, id: number, position: number): AgendaList {
  return db.transaction(() => {
    const conferenceId = conferenceOf(db, id);
    renumber(db, 'agenda_item', conferenceId, { id, position });
    return listAgenda(db, conferenceId);
  })();
}

export const deleteAgendaItems = (db: Db, ids: number[]) => ({
  count: softDelete(db, 'agenda_item', ids, 'mục chương trình'),
});

/** Restored items go back to the place they had; the rest close up around them. */
export function restoreAgendaItems(db: Db, ids: number[]): AgendaItem[] {
  return db.transaction(() => {
    const restored = restoreDeleted(db, 'agenda_item', ids, 'mục chương trình');
    const conferences = new Set(restored.map((id) => conferenceOf(db, id)));
    conferences.forEach((conferenceId) => renumber(db, 'agenda_item', conferenceId));
    return restored.map((id) => itemOf(db, conferenceOf(db, id), id));
  })();
}

export function setAgendaTimes(db: Db, input: ParsedInput<'agenda.setTimes'>): AgendaList {
  return db.transaction(() => {
    const conference = requireConference(db, input.conferenceId);
    const startTime = input.startTime === undefined ? conference.startTime : input.startTime;
    const plannedEndTime =
      input.plannedEndTime === undefined ? conference.plannedEndTime : input.plannedEndTime;
    if (startTime !== null && plannedEndTime !== null && plannedEndTime <= startTime) {
      throw new DomainError('VALIDATION', 'Giờ kết thúc dự kiến phải sau giờ bắt đầu.', [
        { path: 'plannedEndTime', message: 'Giờ kết thúc dự kiến phải sau giờ bắt đầu.' },
      ]);
    }
    db.prepare(
      `UPDATE conference SET start_time = ?, planned_end_time = ?, updated_at = ${nowSql} WHERE id = ?`,
    ).run(startTime, plannedEndTime, input.conferenceId);
    return listAgenda(db, input.conferenceId);
  })();
}
