/**
 * Award entries of a conference. Lists are built for a 10,000-row table: one query, keys computed once on
 * write (search_key, name_key), the form and member names folded once per list rather than once per row.
 */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { FieldIssue } from '../../shared/api/result.ts';
import type { AwardEntry, AwardEntryInput, AwardLevel } from '../../shared/api/schemas/awards.ts';
import { DomainError } from '../../shared/api/result.ts';
import { collationKey, foldForSearch, matchesSearch, personNameKey } from '../../shared/text/vietnamese.ts';
import {
  nowSql,
  requireConference,
  restoreDeleted,
  rowIssues,
  softDelete,
  throwIfIssues,
  type ConferenceFacts,
} from '../delegates/records.ts';

type Row = Omit<AwardEntry, 'smallOrDirect'> & { smallOrDirect: 0 | 1; memberPosition: number | null };

const select = `SELECT e.id, e.conference_id AS conferenceId, e.recipient_kind AS recipientKind,
    e.recipient_name AS recipientName, e.position, e.organization, e.award_form_id AS awardFormId,
    f.name AS awardFormName, f.precedence, e.level, e.decision_number AS decisionNumber,
    e.decision_date AS decisionDate, e.member_unit_id AS memberUnitId, m.short_name AS memberName,
    m.position AS memberPosition, e.small_or_direct AS smallOrDirect, e.note, e.search_key AS searchKey,
    e.name_key AS nameKey, e.updated_at AS updatedAt
  FROM award_entry e
  JOIN award_form f ON f.id = e.award_form_id
  LEFT JOIN member_unit m ON m.id = e.member_unit_id`;

function toEntries(rows: Row[]): (AwardEntry & { memberPosition: number | null })[] {
  const folded = new Map<string, string>();
  const fold = (text: string) =>
    folded.get(text) ?? (folded.set(text, foldForSearch(text)), folded.get(text)!);
  return rows.map((r) => ({
    ...r,
    smallOrDirect: r.smallOrDirect === 1,
    searchKey: `${r.searchKey} ${fold(r.awardFormName)} ${fold(r.memberName ?? '')}`,
  }));
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function listAwards(db: Db, q: ParsedInput<'awards.list'>) {
  requireConference(db, q.conferenceId);
  const all = toEntries(
    db.prepare(`${select} WHERE e.conference_id = ? AND e.deleted_at IS NULL`).all(q.conferenceId) as Row[],
  );
  const rows = all.filter(
    (e) =>
      (q.levels.length === 0 || q.levels.includes(e.level)) &&
      (q.recipientKinds.length === 0 || q.recipientKinds.includes(e.recipientKind)) &&
      (q.memberUnitIds.length === 0 ||
        (e.memberUnitId !== null && q.memberUnitIds.includes(e.memberUnitId))) &&
      (q.awardFormIds.length === 0 || q.awardFormIds.includes(e.awardFormId)) &&
      (q.smallOrDirect === null || e.smallOrDirect === q.smallOrDirect) &&
      (!q.query || matchesSearch(e.searchKey, q.query)),
  );
  const member = (e: (typeof all)[number]) => e.memberPosition ?? Number.MAX_SAFE_INTEGER;
  if (q.sort === 'name') rows.sort((a, b) => byKey(a.nameKey, b.nameKey) || a.id - b.id);
  else if (q.sort === 'member') {
    rows.sort((a, b) => member(a) - member(b) || a.precedence - b.precedence || byKey(a.nameKey, b.nameKey));
  } else {
    rows.sort((a, b) => a.precedence - b.precedence || member(a) - member(b) || byKey(a.nameKey, b.nameKey));
  }
  return { rows: rows.map(({ memberPosition: _, ...e }) => e), total: all.length };
}

export function getAward(db: Db, id: number): AwardEntry {
  const row = db.prepare(`${select} WHERE e.id = ? AND e.deleted_at IS NULL`).get(id) as Row | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy dòng khen thưởng này (có thể đã bị xóa).');
  return toEntries([row]).map(({ memberPosition: _, ...entry }) => entry)[0]!;
}

interface Lookups {
  formLevels: Map<number, AwardLevel>;
  members: Set<number>;
}

function lookups(db: Db, conference: ConferenceFacts): Lookups {
  const forms = db.prepare('SELECT id, level FROM award_form WHERE deleted_at IS NULL').all() as {
    id: number;
    level: AwardLevel;
  }[];
  const members = db
    .prepare('SELECT id FROM member_unit WHERE cluster_id = ? AND deleted_at IS NULL')
    .pluck()
    .all(conference.clusterId) as number[];
  return { formLevels: new Map(forms.map((f) => [f.id, f.level])), members: new Set(members) };
}

function check(l: Lookups, input: AwardEntryInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!l.formLevels.has(input.awardFormId)) {
    issues.push({
      path: 'awardFormId',
      message: 'Hình thức khen thưởng không có trong danh mục (có thể đã bị xóa).',
    });
  }
  if (input.memberUnitId !== null && !l.members.has(input.memberUnitId)) {
    issues.push({ path: 'memberUnitId', message: 'Đơn vị đề nghị phải là một thành viên của cụm.' });
  }
  return issues;
}

function params(l: Lookups, input: AwardEntryInput) {
  const text = [input.recipientName, input.position, input.organization, input.decisionNumber, input.note];
  return {
    ...input,
    level: input.level ?? l.formLevels.get(input.awardFormId)!,
    smallOrDirect: input.smallOrDirect ? 1 : 0,
    searchKey: foldForSearch(text.join(' ')),
    // People sort by given name; collectives and households by their name as written.
    nameKey:
      input.recipientKind === 'ca_nhan'
        ? personNameKey(input.recipientName)
        : collationKey(input.recipientName),
  };
}

export function createAwards(
  db: Db,
  conferenceId: number,
  rows: AwardEntryInput[],
  batch: boolean,
): AwardEntry[] {
  return db.transaction(() => {
    const l = lookups(db, requireConference(db, conferenceId));
    throwIfIssues(rows.flatMap((row, i) => rowIssues(check(l, row), batch ? i : null)));
    const insert = db.prepare(
      `INSERT INTO award_entry (conference_id, recipient_kind, recipient_name, position, organization, award_form_id,
         level, decision_number, decision_date, member_unit_id, small_or_direct, note, search_key, name_key)
       VALUES (@conferenceId, @recipientKind, @recipientName, @position, @organization, @awardFormId, @level,
         @decisionNumber, @decisionDate, @memberUnitId, @smallOrDirect, @note, @searchKey, @nameKey)`,
    );
    const ids = rows.map((row) => Number(insert.run({ ...params(l, row), conferenceId }).lastInsertRowid));
    if (!batch) return [getAward(db, ids[0]!)];
    const created = toEntries(
      db
        .prepare(`${select} WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`)
        .all(JSON.stringify(ids)) as Row[],
    );
    return created.map(({ memberPosition: _, ...e }) => e);
  })();
}

export function updateAward(db: Db, patch: ParsedInput<'awards.update'>): AwardEntry {
  return db.transaction(() => {
    const current = getAward(db, patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    // A new form brings its own level unless the clerk set one in the same change.
    const formChanged = patch.awardFormId !== undefined && patch.awardFormId !== current.awardFormId;
    const level = patch.level !== undefined ? patch.level : formChanged ? null : current.level;
    const next: AwardEntryInput = { ...current, ...defined, level };
    const l = lookups(db, requireConference(db, current.conferenceId));
    throwIfIssues(check(l, next));
    db.prepare(
      `UPDATE award_entry SET recipient_kind = @recipientKind, recipient_name = @recipientName, position = @position,
         organization = @organization, award_form_id = @awardFormId, level = @level,
         decision_number = @decisionNumber, decision_date = @decisionDate, member_unit_id = @memberUnitId,
         small_or_direct = @smallOrDirect, note = @note, search_key = @searchKey, name_key = @nameKey,
         updated_at = ${nowSql}
       WHERE id = @id`,
    ).run({ ...params(l, next), id: patch.id });
    return getAward(db, patch.id);
  })();
}

export const deleteAwards = (db: Db, ids: number[]) => ({
  count: softDelete(db, 'award_entry', ids, 'dòng khen thưởng'),
});

export function restoreAwards(db: Db, ids: number[]): AwardEntry[] {
  return restoreDeleted(db, 'award_entry', ids, 'dòng khen thưởng').map((id) => getAward(db, id));
}
