/**
 * A delegate list's records as preview rows: cleaned, checked against the delegate schema, matched to the
 * conference's delegates (same person and same organization, compared folded) and given an add / update / skip.
 */
import type { Db } from '../db/connection.ts';
import { DelegateInput, type Delegate } from '../../shared/api/schemas/delegates.ts';
import { parseDelegates, type ParsedDelegate } from '../imports/delegates.ts';
import type { ImportProblem } from '../imports/listRows.ts';
import type { Workbook } from '../imports/workbook.ts';
import { orderedDelegates } from '../delegates/repository.ts';
import type { ImportTarget } from './target.ts';
import {
  droppedRows,
  DuplicateCheck,
  identity,
  rawCells,
  schemaProblems,
  setCell,
  type PreviewRow,
  type RowPlan,
  type RowsContext,
} from './rows.ts';

export type DelegateChange = Partial<
  Pick<DelegateInput, 'gender' | 'positionLines' | 'phone' | 'email' | 'note'>
>;
export type DelegatePlan = RowPlan<DelegateInput, DelegateChange>;

const columnFields: Record<string, string[]> = {
  fullName: ['fullName'],
  gender: ['gender', 'male', 'female'],
  positionLines: ['position'],
  organization: ['organization'],
  phone: ['phone'],
  email: ['email'],
  note: ['note'],
};

/** The Vietnamese names of the fields an update changes, shown beside the row. */
const changeLabels: Record<keyof DelegateChange, string> = {
  gender: 'giới tính',
  positionLines: 'chức vụ',
  phone: 'điện thoại',
  email: 'email',
  note: 'ghi chú',
};

function changesOf(
  input: DelegateInput,
  existing: Delegate,
): { patch: DelegateChange; previous: DelegateChange } {
  const patch: DelegateChange = {};
  const previous: DelegateChange = {};
  if (input.gender !== null && input.gender !== existing.gender) {
    patch.gender = input.gender;
    previous.gender = existing.gender;
  }
  if (
    input.positionLines.length > 0 &&
    input.positionLines.join('\n') !== existing.positionLines.join('\n')
  ) {
    patch.positionLines = input.positionLines;
    previous.positionLines = existing.positionLines;
  }
  for (const field of ['phone', 'email', 'note'] as const) {
    if (input[field] !== '' && input[field] !== existing[field]) {
      patch[field] = input[field];
      previous[field] = existing[field];
    }
  }
  return { patch, previous };
}

function inputOf(record: ParsedDelegate, target: ImportTarget) {
  return {
    fullName: record.fullName,
    gender: record.gender === 'male' ? 'nam' : record.gender === 'female' ? 'nu' : null,
    positionLines: record.position,
    organization: record.organization,
    phone: record.phone,
    email: record.email,
    note: record.note,
    delegationKind: target.memberUnitId !== null ? ('member' as const) : ('guest' as const),
    delegationMemberId: target.memberUnitId,
    delegationLabel: target.delegationLabel,
  };
}

export async function delegateRows(
  db: Db,
  conferenceId: number,
  workbook: Workbook,
  ctx: RowsContext,
  target: ImportTarget,
) {
  const result = await parseDelegates(workbook);
  const problems: ImportProblem[] = [...result.problems];
  const existing = new Map<string, Delegate>();
  for (const d of orderedDelegates(db, conferenceId)) {
    const key = identity(d.fullName, d.organization);
    if (!existing.has(key)) existing.set(key, d);
  }
  const duplicates = new DuplicateCheck();
  const rows: PreviewRow[] = [];
  const plans: DelegatePlan[] = [];
  for (const record of result.records) {
    const own: ImportProblem[] = [];
    const parsed = DelegateInput.safeParse(inputOf(record, target));
    if (!parsed.success)
      own.push(...schemaProblems(ctx, record.row, parsed.error, columnFields, result.problems));
    const key = identity(record.fullName, record.organization);
    const repeated = duplicates.check(key, record.row, own, ctx.columnOf.get('fullName') ?? '');
    const match = existing.get(key) ?? null;
    const { patch, previous } =
      match && parsed.success ? changesOf(parsed.data, match) : { patch: {}, previous: {} };
    const changed = Object.keys(patch) as (keyof DelegateChange)[];
    const importable = parsed.success;
    const proposed = !importable || repeated ? 'skip' : match ? (changed.length ? 'update' : 'skip') : 'add';
    const cells = rawCells(ctx, record.row);
    setCell(ctx, cells, 'fullName', record.fullName);
    setCell(ctx, cells, 'position', record.position);
    setCell(ctx, cells, 'organization', record.organization);
    setCell(ctx, cells, 'phone', record.phone);
    setCell(ctx, cells, 'email', record.email);
    rows.push({
      row: record.row,
      cells,
      gender: parsed.success ? parsed.data.gender : null,
      awardFormName: null,
      existingId: match?.id ?? null,
      changes: changed.map((field) => changeLabels[field]),
      proposed,
      importable,
    });
    plans.push({
      row: record.row,
      existingId: match?.id ?? null,
      proposed,
      importable,
      input: parsed.success ? parsed.data : null,
      patch: changed.length ? patch : null,
      previous: changed.length ? previous : null,
      firstProblem: own[0]?.message ?? null,
    });
    problems.push(...own);
  }
  const kept = new Set(result.records.map((r) => r.row));
  rows.push(...droppedRows(ctx, problems, kept));
  return { result, rows, plans, problems };
}
