/**
 * The check-in desk's core: check a delegate in (by invitation code or by id), undo it, record an absence
 * with its reason, add a walk-in, and count who is here. A check-in is the delegate's status `co_mat` plus the
 * time it happened (checked_in_at), so a second scan of the same invitation can say when the first one was.
 */
import type { Db } from '../db/connection.ts';
import type { ParsedInput } from '../../shared/api/contract.ts';
import type { CheckinCounts, CheckinOutcome, DeskDelegate } from '../../shared/api/methods/checkin.ts';
import { DomainError } from '../../shared/api/result.ts';
import { DelegateQuery, type Delegate } from '../../shared/api/schemas/delegates.ts';
import { parseCheckinCode } from '../../shared/checkinCode.ts';
import { formatNumber } from '../../shared/text/vietnamese.ts';
import { createDelegates, getDelegate, listDelegates, updateDelegate } from '../delegates/repository.ts';
import { nowSql, requireConference } from '../delegates/records.ts';

/** The secretariat and service staff are at the conference but are not counted among its delegates. */
const notCounted: ReadonlySet<Delegate['role']> = new Set(['thu_ky', 'phuc_vu']);

const walkInNote = 'Đăng ký tại bàn đón tiếp.';

function checkedInTimes(db: Db, conferenceId: number): Map<number, string | null> {
  const rows = db
    .prepare('SELECT id, checked_in_at AS at FROM delegate WHERE conference_id = ? AND deleted_at IS NULL')
    .all(conferenceId) as { id: number; at: string | null }[];
  return new Map(rows.map((r) => [r.id, r.at]));
}

function deskDelegate(db: Db, id: number): DeskDelegate {
  const delegate = getDelegate(db, id);
  const at = db.prepare('SELECT checked_in_at FROM delegate WHERE id = ?').pluck().get(id) as string | null;
  return { ...delegate, checkedInAt: at };
}

function allDelegates(db: Db, conferenceId: number) {
  return listDelegates(db, DelegateQuery.parse({ conferenceId, sort: 'delegation' }));
}

export function countAttendance(db: Db, conferenceId: number): CheckinCounts {
  const { rows, delegations } = allDelegates(db, conferenceId);
  const counted = rows.filter((d) => !notCounted.has(d.role));
  const perDelegation = delegations
    .map((g) => {
      const members = counted.filter((d) => d.delegationKey === g.key);
      return {
        key: g.key,
        name: g.name,
        present: members.filter((d) => d.status === 'co_mat').length,
        absent: members.filter((d) => d.status === 'vang').length,
        expected: members.length,
      };
    })
    .filter((g) => g.expected > 0);
  const present = counted.filter((d) => d.status === 'co_mat').length;
  const absentees = counted.filter((d) => d.status === 'vang');
  return {
    present,
    absent: absentees.length,
    expected: counted.length,
    summary: `Có mặt ${formatNumber(present)}/${formatNumber(counted.length)} đại biểu`,
    delegations: perDelegation,
    absences: absentees.map((d) => ({
      id: d.id,
      fullName: d.fullName,
      delegationName: d.delegationName,
      reason: d.absenceReason,
    })),
  };
}

export function checkinDesk(db: Db, conferenceId: number) {
  const times = checkedInTimes(db, conferenceId);
  const rows = allDelegates(db, conferenceId).rows.map((d) => ({
    ...d,
    checkedInAt: times.get(d.id) ?? null,
  }));
  return { rows, counts: countAttendance(db, conferenceId) };
}

/** Checks one delegate in; a second check-in changes nothing and says so. */
export function checkIn(db: Db, id: number): CheckinOutcome {
  return db.transaction((): CheckinOutcome => {
    const current = deskDelegate(db, id);
    if (current.status === 'co_mat') {
      return { result: 'already_checked_in', delegate: current, delegation: null };
    }
    updateDelegate(db, { id, status: 'co_mat', absenceReason: '' });
    db.prepare(`UPDATE delegate SET checked_in_at = ${nowSql} WHERE id = ?`).run(id);
    return { result: 'checked_in', delegate: deskDelegate(db, id), delegation: null };
  })();
}

const unreadable =
  'Mã vừa quét không phải mã trên giấy mời của hội nghị (hoặc bị đọc sai một ký tự). Hãy quét lại, hoặc tìm theo tên.';

/** What a scanner typed: a delegate's code checks them in; a member unit's code opens its delegation. */
export function checkInByCode(db: Db, input: ParsedInput<'checkin.scan'>): CheckinOutcome {
  const code = parseCheckinCode(input.code);
  if (!code) throw new DomainError('VALIDATION', unreadable);
  requireConference(db, input.conferenceId);
  if (code.conferenceId !== input.conferenceId) {
    throw new DomainError(
      'VALIDATION',
      'Giấy mời này là của một hội nghị khác; hãy kiểm tra lại hội nghị đang chọn, hoặc tìm đại biểu theo tên.',
    );
  }
  if (code.kind === 'member') {
    const delegation = allDelegates(db, input.conferenceId).delegations.find(
      (g) => g.key === `member:${code.id}`,
    );
    if (!delegation) {
      throw new DomainError(
        'NOT_FOUND',
        'Đoàn của giấy mời này chưa có đại biểu nào trong danh sách; hãy thêm đại biểu đến dự.',
      );
    }
    return {
      result: 'delegation',
      delegate: null,
      delegation: { key: delegation.key, name: delegation.name },
    };
  }
  const owner = db
    .prepare('SELECT conference_id FROM delegate WHERE id = ? AND deleted_at IS NULL')
    .pluck()
    .get(code.id) as number | undefined;
  if (owner !== input.conferenceId) {
    throw new DomainError(
      'NOT_FOUND',
      'Đại biểu của giấy mời này không còn trong danh sách (có thể đã bị xóa); hãy tìm theo tên hoặc thêm mới.',
    );
  }
  return checkIn(db, code.id);
}

export function undoCheckIn(db: Db, id: number): DeskDelegate {
  return db.transaction(() => {
    const current = deskDelegate(db, id);
    if (current.status !== 'co_mat') {
      throw new DomainError('CONFLICT', `${current.fullName} chưa được điểm danh nên không có gì để hủy.`);
    }
    updateDelegate(db, { id, status: 'xac_nhan' });
    db.prepare('UPDATE delegate SET checked_in_at = NULL WHERE id = ?').run(id);
    return deskDelegate(db, id);
  })();
}

export function markAbsent(db: Db, id: number, reason: string): DeskDelegate {
  return db.transaction(() => {
    updateDelegate(db, { id, status: 'vang', absenceReason: reason });
    db.prepare('UPDATE delegate SET checked_in_at = NULL WHERE id = ?').run(id);
    return deskDelegate(db, id);
  })();
}

export function walkIn(db: Db, { conferenceId, ...input }: ParsedInput<'checkin.walkIn'>): CheckinOutcome {
  return db.transaction((): CheckinOutcome => {
    const row = { ...input, status: 'co_mat' as const, note: input.note || walkInNote };
    const created = createDelegates(db, conferenceId, [row], false)[0]!;
    db.prepare(`UPDATE delegate SET checked_in_at = ${nowSql} WHERE id = ?`).run(created.id);
    return { result: 'checked_in', delegate: deskDelegate(db, created.id), delegation: null };
  })();
}
