/** Templates, received returns and their values. A return's values are written in one transaction with it. */
import type { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { Conference, Member } from '../../shared/api/schemas.ts';
import {
  ReturnItem,
  type ReturnTemplateInput,
  type ReturnProblem,
  type ReturnStatus,
  type ReturnSubmission,
  type ReturnTemplate,
} from '../../shared/api/returnSchemas.ts';
import { DomainError } from '../../shared/api/result.ts';
import { getConference } from '../conferences/repository.ts';
import { listMembers } from '../clusters/repository.ts';
import {
  defaultInstructions,
  defaultTemplateItems,
  defaultTemplateTitle,
  templateItems,
} from './returnTemplate.ts';

type TemplateInput = z.output<typeof ReturnTemplateInput>;

interface TemplateRow {
  id: number;
  conferenceId: number;
  version: number;
  title: string;
  instructions: string;
  deadline: string | null;
  itemsJson: string;
  updatedAt: string;
}

const templateSelect = `SELECT id, conference_id AS conferenceId, version, title, instructions, deadline,
  items_json AS itemsJson, updated_at AS updatedAt FROM return_template`;

function toTemplate(row: TemplateRow): ReturnTemplate {
  const { itemsJson, ...rest } = row;
  return { ...rest, items: ReturnItem.array().parse(JSON.parse(itemsJson)) };
}

function findTemplate(db: Db, conferenceId: number): ReturnTemplate | null {
  const row = db.prepare(`${templateSelect} WHERE conference_id = ?`).get(conferenceId) as
    TemplateRow | undefined;
  return row ? toTemplate(row) : null;
}

/** The conference's template, creating the default sơ kết set the first time it is asked for. */
export function getTemplate(db: Db, conferenceId: number): ReturnTemplate {
  const conference = getConference(db, conferenceId);
  const found = findTemplate(db, conferenceId);
  if (found) return found;
  db.prepare(
    'INSERT INTO return_template (conference_id, title, instructions, items_json) VALUES (?, ?, ?, ?)',
  ).run(
    conferenceId,
    defaultTemplateTitle(conference),
    defaultInstructions,
    JSON.stringify(defaultTemplateItems()),
  );
  return findTemplate(db, conferenceId)!;
}

export function saveTemplate(db: Db, input: TemplateInput): ReturnTemplate {
  return db.transaction(() => {
    const current = getTemplate(db, input.conferenceId);
    // Stored as shown and sent: indicators, then criteria, each kind in the clerk's order.
    const itemsJson = JSON.stringify(templateItems(input));
    // Files already sent keep naming their version; only a change of items makes a new one.
    const changed = itemsJson !== JSON.stringify(current.items);
    db.prepare(
      `UPDATE return_template SET title = ?, instructions = ?, deadline = ?, items_json = ?, version = version + ?,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE conference_id = ?`,
    ).run(input.title, input.instructions, input.deadline, itemsJson, changed ? 1 : 0, input.conferenceId);
    return findTemplate(db, input.conferenceId)!;
  })();
}

export function copyTemplate(db: Db, conferenceId: number, fromConferenceId: number): ReturnTemplate {
  if (conferenceId === fromConferenceId)
    throw new DomainError('VALIDATION', 'Hãy chọn một hội nghị khác để lấy biểu mẫu.');
  return db.transaction(() => {
    const from = getTemplate(db, fromConferenceId);
    const current = getTemplate(db, conferenceId);
    return saveTemplate(db, {
      ...current,
      title: current.title,
      instructions: from.instructions,
      items: from.items,
    });
  })();
}

export function resetTemplate(db: Db, conferenceId: number): ReturnTemplate {
  return db.transaction(() => {
    const current = getTemplate(db, conferenceId);
    return saveTemplate(db, { ...current, items: defaultTemplateItems() });
  })();
}

export function setDeadline(db: Db, conferenceId: number, deadline: string | null): ReturnTemplate {
  return db.transaction(() => saveTemplate(db, { ...getTemplate(db, conferenceId), deadline }))();
}

/** Members expected to report: the cluster's members whose membership covers the conference date. */
export function conferenceMembers(db: Db, conference: Conference): Member[] {
  const day = conference.date ?? `${conference.year}-12-31`;
  return listMembers(db, conference.clusterId).filter(
    (m) => (!m.validFrom || m.validFrom <= day) && (!m.validTo || m.validTo >= day),
  );
}

export interface ReadValue {
  code: string;
  number: number | null;
  text: string | null;
  note: string;
  sheet: string;
  cell: string;
}

export interface NewReturn {
  conferenceId: number;
  memberId: number;
  templateVersion: number;
  fileName: string;
  sha256: string;
  identifiedBy: 'hidden_sheet' | 'labels';
  problems: ReturnProblem[];
  values: ReadValue[];
}

/** Records a file; an accepted one becomes current and the earlier current one moves to history. */
export function recordReturn(db: Db, input: NewReturn): { id: number; replaced: boolean } {
  return db.transaction(() => {
    const accepted = input.problems.length === 0;
    let replaced = false;
    if (accepted) {
      replaced =
        db
          .prepare(
            `UPDATE member_return SET state = 'superseded' WHERE conference_id = ? AND member_id = ? AND state = 'current'`,
          )
          .run(input.conferenceId, input.memberId).changes > 0;
    }
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO member_return (conference_id, member_id, template_version, state, file_name, file_sha256,
           identified_by, problems_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.conferenceId,
        input.memberId,
        input.templateVersion,
        accepted ? 'current' : 'refused',
        input.fileName,
        input.sha256,
        input.identifiedBy,
        JSON.stringify(input.problems),
      );
    const id = Number(lastInsertRowid);
    if (accepted) {
      const insert = db.prepare(
        'INSERT INTO return_value (return_id, item_code, number_value, text_value, note, sheet, cell) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const v of input.values) insert.run(id, v.code, v.number, v.text, v.note, v.sheet, v.cell);
    }
    return { id, replaced };
  })();
}

export interface CurrentValue {
  memberId: number;
  code: string;
  number: number | null;
  text: string | null;
  note: string;
}

export function currentValues(db: Db, conferenceId: number): CurrentValue[] {
  return db
    .prepare(
      `SELECT r.member_id AS memberId, v.item_code AS code, v.number_value AS number, v.text_value AS text, v.note
       FROM member_return r JOIN return_value v ON v.return_id = r.id
       WHERE r.conference_id = ? AND r.state = 'current'`,
    )
    .all(conferenceId) as CurrentValue[];
}

interface SubmissionRow {
  id: number;
  memberId: number;
  state: 'current' | 'superseded' | 'refused';
  templateVersion: number;
  fileName: string;
  identifiedBy: 'hidden_sheet' | 'labels';
  receivedAt: string;
  problemsJson: string;
}

const submissionSelect = `SELECT id, member_id AS memberId, state, template_version AS templateVersion,
  file_name AS fileName, identified_by AS identifiedBy, received_at AS receivedAt, problems_json AS problemsJson
  FROM member_return`;

/** Every file a member sent for the conference, newest first, with the values of the accepted ones. */
export function history(db: Db, conferenceId: number, memberId: number): ReturnSubmission[] {
  getConference(db, conferenceId);
  const rows = db
    .prepare(`${submissionSelect} WHERE conference_id = ? AND member_id = ? ORDER BY id DESC`)
    .all(conferenceId, memberId) as SubmissionRow[];
  const values = db.prepare(
    'SELECT item_code AS code, number_value AS number, text_value AS text, note FROM return_value WHERE return_id = ?',
  );
  return rows.map(({ problemsJson, ...row }) => ({
    ...row,
    problems: JSON.parse(problemsJson) as ReturnProblem[],
    values: values.all(row.id) as ReturnSubmission['values'],
  }));
}

/** Who has sent, when, with how many problems; who is missing; who is late (today counts for the missing). */
export function status(
  db: Db,
  conferenceId: number,
  today = new Date().toISOString().slice(0, 10),
): ReturnStatus {
  const conference = getConference(db, conferenceId);
  const { deadline } = getTemplate(db, conferenceId);
  const rows = db
    .prepare(`${submissionSelect} WHERE conference_id = ? ORDER BY id`)
    .all(conferenceId) as SubmissionRow[];
  const lateAt = (iso: string | null) => deadline !== null && (iso ?? today).slice(0, 10) > deadline;
  const members = conferenceMembers(db, conference).map((m) => {
    const own = rows.filter((r) => r.memberId === m.id);
    const current = own.find((r) => r.state === 'current');
    const lastRefused = own.filter((r) => r.state === 'refused').at(-1);
    // A refusal after the accepted return is what the clerk needs to see next to it.
    const shown = lastRefused && (!current || lastRefused.id > current.id) ? lastRefused : current;
    const state = current ? 'received' : lastRefused ? 'refused' : 'missing';
    const receivedAt = current?.receivedAt ?? lastRefused?.receivedAt ?? null;
    return {
      memberId: m.id,
      code: m.code,
      name: m.shortName,
      position: m.position,
      state,
      receivedAt,
      submissions: own.length,
      problemCount: shown ? (JSON.parse(shown.problemsJson) as unknown[]).length : 0,
      late: lateAt(current?.receivedAt ?? null),
      fileName: shown?.fileName ?? null,
      returnId: current?.id ?? null,
    } satisfies ReturnStatus['members'][number];
  });
  return {
    conferenceId,
    deadline,
    received: members.filter((m) => m.state === 'received').length,
    missing: members.filter((m) => m.state !== 'received').length,
    late: members.filter((m) => m.late).length,
    members,
  };
}
