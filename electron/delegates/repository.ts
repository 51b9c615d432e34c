/**
 * Delegates of a conference. Lists come back in protocol order (shared/protocol.ts) with the derived
 * honorific, guest flag and keys the spreadsheet-like table filters and sorts on. Deletes are soft (undo).
 */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { FieldIssue } from '../../shared/api/result.ts';
import type { Delegate, DelegateInput } from '../../shared/api/schemas/delegates.ts';
import { delegationKindLabels } from '../../shared/api/schemas/delegates.ts';
import { DomainError } from '../../shared/api/result.ts';
import { protocolOrder } from '../../shared/protocol.ts';
import { foldForSearch, honorific, matchesSearch, personNameKey } from '../../shared/text/vietnamese.ts';
import {
  nowSql,
  requireConference,
  restoreDeleted,
  rowIssues,
  softDelete,
  throwIfIssues,
  type ConferenceFacts,
} from './records.ts';

type Row = Omit<
  Delegate,
  'honorific' | 'positionLines' | 'delegationName' | 'delegationKey' | 'isGuest' | 'protocolIndex'
> & {
  positionLines: string;
  memberName: string | null;
  memberPosition: number | null;
};

const select = `SELECT d.id, d.conference_id AS conferenceId, d.full_name AS fullName, d.gender,
    d.position_lines AS positionLines, d.organization, d.delegation_kind AS delegationKind,
    d.delegation_member_id AS delegationMemberId, d.delegation_label AS delegationLabel, d.role,
    d.protocol_group AS protocolGroup, d.protocol_rank AS protocolRank, d.in_office_since AS inOfficeSince,
    d.birth_year AS birthYear, d.phone, d.email, d.status, d.absence_reason AS absenceReason, d.seat, d.note,
    d.manual_order AS manualOrder, d.search_key AS searchKey, d.name_key AS nameKey, d.updated_at AS updatedAt,
    m.short_name AS memberName, m.position AS memberPosition
  FROM delegate d LEFT JOIN member_unit m ON m.id = d.delegation_member_id`;

function delegationName(kind: Delegate['delegationKind'], label: string, memberName: string | null): string {
  return label || (kind === 'member' ? `Tỉnh ${memberName ?? ''}`.trim() : delegationKindLabels[kind]);
}

type Derived = Omit<Delegate, 'protocolIndex'> & { memberPosition: number | null };

function derive(row: Row, conference: ConferenceFacts): Derived {
  const { memberName, ...rest } = row;
  const name = delegationName(row.delegationKind, row.delegationLabel, memberName);
  return {
    ...rest,
    positionLines: JSON.parse(row.positionLines) as string[],
    honorific: honorific(row.gender),
    delegationName: name,
    delegationKey:
      row.delegationKind === 'member' ? `member:${row.delegationMemberId}` : `${row.delegationKind}:${name}`,
    isGuest: row.delegationKind !== 'member' || row.delegationMemberId !== conference.hostMemberId,
  };
}

/** Every live delegate of the conference in protocol order, numbered from 1. */
export function orderedDelegates(
  db: Db,
  conferenceId: number,
): (Delegate & { memberPosition: number | null })[] {
  const conference = requireConference(db, conferenceId);
  const rows = db
    .prepare(`${select} WHERE d.conference_id = ? AND d.deleted_at IS NULL`)
    .all(conferenceId) as Row[];
  return protocolOrder(rows.map((r) => derive(r, conference))).map((d, i) => ({
    ...d,
    protocolIndex: i + 1,
  }));
}

const strip = ({ memberPosition: _, ...delegate }: Delegate & { memberPosition: number | null }): Delegate =>
  delegate;

export function listDelegates(db: Db, q: ParsedInput<'delegates.list'>) {
  const all = orderedDelegates(db, q.conferenceId);
  const rows = all.filter(
    (d) =>
      (!q.query || matchesSearch(d.searchKey, q.query)) &&
      (q.statuses.length === 0 || q.statuses.includes(d.status)) &&
      (q.roles.length === 0 || q.roles.includes(d.role)) &&
      (q.groups.length === 0 || q.groups.includes(d.protocolGroup)) &&
      (q.delegationKey === null || d.delegationKey === q.delegationKey),
  );
  // Central delegation first, then guests, then members in the cluster's order.
  const delegationRank = (d: Derived) =>
    d.delegationKind === 'central' ? -2 : d.delegationKind === 'guest' ? -1 : (d.memberPosition ?? 0);
  if (q.sort === 'name') rows.sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
  if (q.sort === 'delegation') {
    rows.sort((a, b) => delegationRank(a) - delegationRank(b) || a.protocolIndex - b.protocolIndex);
  }
  const groups = new Map<
    string,
    { key: string; name: string; isGuest: boolean; count: number; rank: number }
  >();
  for (const d of rows) {
    const g = groups.get(d.delegationKey);
    if (g) g.count++;
    else
      groups.set(d.delegationKey, {
        key: d.delegationKey,
        name: d.delegationName,
        isGuest: d.isGuest,
        count: 1,
        rank: delegationRank(d),
      });
  }
  return {
    rows: rows.map(strip),
    total: all.length,
    delegations: [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ rank: _, ...g }) => g),
  };
}

export function getDelegate(db: Db, id: number): Delegate {
  const row = db.prepare(`${select} WHERE d.id = ? AND d.deleted_at IS NULL`).get(id) as Row | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy đại biểu này (có thể đã bị xóa).');
  const found = orderedDelegates(db, row.conferenceId).find((d) => d.id === id);
  return strip(found!);
}

/** Checks what the schema cannot: the delegation is a member of this conference's cluster. */
function checkDelegation(db: Db, conference: ConferenceFacts, input: DelegateInput): FieldIssue[] {
  if (input.delegationKind !== 'member') return [];
  if (input.delegationMemberId === null) {
    return [{ path: 'delegationMemberId', message: 'Chọn tỉnh (thành viên cụm) của đoàn.' }];
  }
  const member = db
    .prepare('SELECT 1 FROM member_unit WHERE id = ? AND cluster_id = ? AND deleted_at IS NULL')
    .get(input.delegationMemberId, conference.clusterId);
  return member ? [] : [{ path: 'delegationMemberId', message: 'Đoàn phải là một thành viên của cụm.' }];
}

function keys(db: Db, input: DelegateInput) {
  const member =
    input.delegationKind === 'member' && input.delegationMemberId !== null
      ? (db
          .prepare('SELECT short_name FROM member_unit WHERE id = ?')
          .pluck()
          .get(input.delegationMemberId) as string | undefined)
      : undefined;
  const delegation = delegationName(input.delegationKind, input.delegationLabel, member ?? null);
  const searchable = [input.fullName, ...input.positionLines, input.organization, delegation];
  searchable.push(input.phone, input.email, input.seat, input.note, input.absenceReason);
  return { searchKey: foldForSearch(searchable.join(' ')), nameKey: personNameKey(input.fullName) };
}

function params(db: Db, input: DelegateInput) {
  return {
    ...input,
    positionLines: JSON.stringify(input.positionLines),
    delegationMemberId: input.delegationKind === 'member' ? input.delegationMemberId : null,
    ...keys(db, input),
  };
}

const insertSql = `INSERT INTO delegate (conference_id, full_name, gender, position_lines, organization, delegation_kind,
    delegation_member_id, delegation_label, role, protocol_group, protocol_rank, in_office_since, birth_year, phone,
    email, status, absence_reason, seat, note, search_key, name_key)
  VALUES (@conferenceId, @fullName, @gender, @positionLines, @organization, @delegationKind, @delegationMemberId,
    @delegationLabel, @role, @protocolGroup, @protocolRank, @inOfficeSince, @birthYear, @phone, @email, @status,
    @absenceReason, @seat, @note, @searchKey, @nameKey)`;

/** Inserts rows after checking all of them; one problem anywhere and nothing is written. */
export function createDelegates(
  db: Db,
  conferenceId: number,
  rows: DelegateInput[],
  batch: boolean,
): Delegate[] {
  return db.transaction(() => {
    const conference = requireConference(db, conferenceId);
    throwIfIssues(
      rows.flatMap((row, i) => rowIssues(checkDelegation(db, conference, row), batch ? i : null)),
    );
    const insert = db.prepare(insertSql);
    const ids = rows.map((row) => Number(insert.run({ ...params(db, row), conferenceId }).lastInsertRowid));
    const byId = new Map(orderedDelegates(db, conferenceId).map((d) => [d.id, strip(d)]));
    return ids.map((id) => byId.get(id)!);
  })();
}

function rawInput(db: Db, id: number): DelegateInput & { conferenceId: number } {
  const row = db.prepare(`${select} WHERE d.id = ? AND d.deleted_at IS NULL`).get(id) as Row | undefined;
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy đại biểu này (có thể đã bị xóa).');
  return { ...row, positionLines: JSON.parse(row.positionLines) as string[] };
}

export function updateDelegate(db: Db, patch: ParsedInput<'delegates.update'>): Delegate {
  return db.transaction(() => {
    const current = rawInput(db, patch.id);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next: DelegateInput = { ...current, ...defined };
    throwIfIssues(checkDelegation(db, requireConference(db, current.conferenceId), next));
    db.prepare(
      `UPDATE delegate SET full_name = @fullName, gender = @gender, position_lines = @positionLines,
         organization = @organization, delegation_kind = @delegationKind, delegation_member_id = @delegationMemberId,
         delegation_label = @delegationLabel, role = @role, protocol_group = @protocolGroup,
         protocol_rank = @protocolRank, in_office_since = @inOfficeSince, birth_year = @birthYear, phone = @phone,
         email = @email, status = @status, absence_reason = @absenceReason, seat = @seat, note = @note,
         search_key = @searchKey, name_key = @nameKey, updated_at = ${nowSql}
       WHERE id = @id`,
    ).run({ ...params(db, next), id: patch.id });
    return getDelegate(db, patch.id);
  })();
}

export const deleteDelegates = (db: Db, ids: number[]) => ({
  count: softDelete(db, 'delegate', ids, 'đại biểu'),
});

export function restoreDelegates(db: Db, ids: number[]): Delegate[] {
  return restoreDeleted(db, 'delegate', ids, 'đại biểu').map((id) => getDelegate(db, id));
}
