/**
 * Rows pasted from Excel: the clipboard's tab-separated text (Excel quotes cells holding line breaks), a guess
 * of which column is which from the header row or, without one, from what the cells look like, and the
 * delegate inputs built from the clerk's mapping. Pure functions; the server still checks every row.
 */
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { FieldIssue } from '../../../shared/api/result.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import {
  DelegateInput,
  delegateRoleLabels,
  delegateRoles,
  delegateStatusLabels,
  delegateStatuses,
} from '../../../shared/api/schemas/delegates.ts';
import { rowMessage } from '../../../shared/api/schemas/recordFields.ts';
import { foldForSearch } from '../../../shared/text/vietnamese.ts';
import { fieldsOf, guessDelegation } from './delegations.ts';

export { parseClipboard } from '../app/clipboard.ts';

export type PasteRow = MethodInput<'delegates.createMany'>['rows'][number];

export const pasteFields = [
  'fullName',
  'gender',
  'positionLines',
  'organization',
  'delegation',
  'role',
  'phone',
  'email',
  'seat',
  'status',
  'note',
] as const;
export type PasteField = (typeof pasteFields)[number];

export const pasteFieldLabels: Record<PasteField, string> = {
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  positionLines: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  delegation: 'Đoàn',
  role: 'Vai trò',
  phone: 'SĐT',
  email: 'Email',
  seat: 'Ghế',
  status: 'Trạng thái',
  note: 'Ghi chú',
};

/** Folded header words that name each field, most specific first. */
const headerWords: [PasteField, string[]][] = [
  ['fullName', ['ho va ten', 'ho ten', 'ten dai bieu', 'dai bieu', 'ho, ten']],
  ['gender', ['gioi tinh', 'nam/nu', 'nam, nu', 'gioi']],
  ['positionLines', ['chuc vu', 'chuc danh']],
  ['organization', ['don vi', 'co quan', 'noi cong tac']],
  ['delegation', ['doan', 'tinh']],
  ['role', ['vai tro']],
  ['phone', ['so dien thoai', 'dien thoai', 'sdt', 'dt', 'di dong']],
  ['email', ['email', 'e-mail', 'thu dien tu']],
  ['seat', ['cho ngoi', 'ghe']],
  ['status', ['trang thai', 'xac nhan']],
  ['note', ['ghi chu']],
];

export function fieldOfHeader(header: string): PasteField | null {
  const folded = foldForSearch(header).replace(/[.:]/gu, '');
  if (!folded || folded === 'stt' || folded === 'tt') return null;
  for (const [field, words] of headerWords) if (words.some((w) => folded === w)) return field;
  for (const [field, words] of headerWords)
    if (words.some((w) => w.length > 3 && folded.includes(w))) return field;
  return null;
}

const looksLikePhone = (v: string) => /^[+\d][\d .-]{7,}$/u.test(v);
const looksLikeEmail = (v: string) => /@/u.test(v);
const looksLikeGender = (v: string) => ['nam', 'nu', 'ong', 'ba'].includes(foldForSearch(v));
const looksLikeOrder = (v: string) => /^\d{1,4}\.?$/u.test(v);

/** A header row names at least one known field and holds no phone numbers or e-mail addresses. */
export function guessHeader(rows: string[][]): boolean {
  const first = rows[0];
  if (!first) return false;
  if (first.some((c) => looksLikePhone(c) || looksLikeEmail(c))) return false;
  return first.filter((c) => fieldOfHeader(c) !== null).length >= 1;
}

/** One field (or null: ignored) per column. */
export function guessMapping(rows: string[][], hasHeader: boolean): (PasteField | null)[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const taken = new Set<PasteField>();
  const claim = (field: PasteField | null) => {
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  };
  if (hasHeader) return Array.from({ length: width }, (_, i) => claim(fieldOfHeader(rows[0]![i] ?? '')));
  const data = rows;
  const all = (i: number, test: (v: string) => boolean) => {
    const values = data.map((r) => r[i] ?? '').filter(Boolean);
    return values.length > 0 && values.every(test);
  };
  // Without a header, read the columns by their content; plain text columns go name, position, unit in turn.
  const textOrder: PasteField[] = ['fullName', 'positionLines', 'organization', 'delegation', 'note'];
  return Array.from({ length: width }, (_, i) => {
    if (all(i, looksLikeOrder)) return null;
    if (all(i, looksLikeEmail)) return claim('email');
    if (all(i, looksLikePhone)) return claim('phone');
    if (all(i, looksLikeGender)) return claim('gender');
    return claim(textOrder.find((f) => !taken.has(f)) ?? null);
  });
}

const titleWords: [string, 'nam' | 'nu' | null][] = [
  ['ong ', 'nam'],
  ['ba ', 'nu'],
  ['dong chi ', null],
  ['d/c ', null],
  ['đ/c ', null],
];

/** "Bà Hà Thị Nga" → the name without the honorific, and the gender it tells. */
function splitHonorific(name: string): { fullName: string; gender: 'nam' | 'nu' | null } {
  const folded = foldForSearch(name);
  for (const [word, gender] of titleWords) {
    if (folded.startsWith(word)) return { fullName: name.slice(word.length).trim(), gender };
  }
  return { fullName: name, gender: null };
}

function labelMatch<K extends string>(
  value: string,
  keys: readonly K[],
  labels: Record<K, string>,
): K | null {
  const folded = foldForSearch(value);
  return keys.find((k) => foldForSearch(labels[k]) === folded || k === folded) ?? null;
}

export interface BuiltRows {
  rows: PasteRow[];
  /**
   * Problems found before asking the server (no name, a bad e-mail, a role or status that is not in the list),
   * as "rows.N.field", in row order.
   */
  issues: FieldIssue[];
}

/** Builds one delegate input per data row; `defaultDelegation` is the Select value used where no column says. */
export function buildRows(
  data: string[][],
  mapping: (PasteField | null)[],
  defaultDelegation: string,
  members: readonly Member[],
): BuiltRows {
  const issues: FieldIssue[] = [];
  const rows = data.map((cells, index) => {
    const value = (field: PasteField) => {
      const column = mapping.indexOf(field);
      return column < 0 ? '' : (cells[column] ?? '');
    };
    const named = splitHonorific(value('fullName'));
    const row: PasteRow = {
      fullName: named.fullName,
      gender: value('gender') || named.gender,
      positionLines: value('positionLines'),
      organization: value('organization'),
      phone: value('phone'),
      email: value('email'),
      seat: value('seat'),
      note: value('note'),
      ...(value('delegation') ? guessDelegation(value('delegation'), members) : fieldsOf(defaultDelegation)),
    };
    const role = value('role');
    if (role) {
      const key = labelMatch(role, delegateRoles, delegateRoleLabels);
      if (key) row.role = key;
      else {
        const allowed = delegateRoles.map((r) => delegateRoleLabels[r]).join(', ');
        issues.push({
          path: `rows.${index}.role`,
          message: rowMessage(index, `Vai trò "${role}" không có; hãy ghi một trong: ${allowed}.`),
        });
      }
    }
    const status = value('status');
    if (status) {
      const key = labelMatch(status, delegateStatuses, delegateStatusLabels);
      if (key) row.status = key;
      else {
        const allowed = delegateStatuses.map((s) => delegateStatusLabels[s]).join(', ');
        issues.push({
          path: `rows.${index}.status`,
          message: rowMessage(index, `Trạng thái "${status}" không có; hãy ghi một trong: ${allowed}.`),
        });
      }
    }
    issues.push(...schemaIssues(row, index));
    return row;
  });
  return { rows, issues };
}

/**
 * The server's own row check (the shared schema), run in the preview so a row with no name or a bad e-mail is
 * marked the moment it is pasted, with the message the server would give.
 */
function schemaIssues(row: PasteRow, index: number): FieldIssue[] {
  const result = DelegateInput.safeParse(row);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: ['rows', index, ...issue.path].map(String).join('.'),
    message: rowMessage(index, issue.message),
  }));
}

/** Which pasted column an issue path ("rows.3.delegationMemberId") points at; null = the whole row. */
export function issueCell(
  path: string,
  mapping: (PasteField | null)[],
): { row: number; column: number | null } | null {
  const match = /^rows\.(\d+)(?:\.(\w+))?/u.exec(path);
  if (!match) return null;
  const field = match[2];
  const pasteField: PasteField | undefined = field?.startsWith('delegation')
    ? 'delegation'
    : pasteFields.find((f) => f === field);
  const column = pasteField ? mapping.indexOf(pasteField) : -1;
  return { row: Number(match[1]), column: column < 0 ? null : column };
}
