/**
 * An award list's records as preview rows: the award form matched to the catalogue (an unknown or ambiguous
 * form is a problem), checked against the award schema, matched to the conference's entries (same recipient,
 * same organization, same form) and given an add / update / skip.
 */
import type { Db } from '../db/connection.ts';
import { AwardEntryInput, type RecipientKind } from '../../shared/api/schemas/awards.ts';
import { formatShortDate } from '../../shared/text/vietnamese.ts';
import { parseAwards, type ParsedAward } from '../imports/awards.ts';
import type { ImportProblem } from '../imports/listRows.ts';
import type { Workbook } from '../imports/workbook.ts';
import { listAwardForms } from '../awards/forms.ts';
import { awardFormMatcher } from './awardForms.ts';
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

export type AwardChange = Partial<
  Pick<AwardEntryInput, 'position' | 'decisionNumber' | 'decisionDate' | 'smallOrDirect' | 'memberUnitId'>
>;
export type AwardPlan = RowPlan<AwardEntryInput, AwardChange>;

const recipientKinds: Record<ParsedAward['recipientKind'], RecipientKind> = {
  collective: 'tap_the',
  individual: 'ca_nhan',
  household: 'ho_gia_dinh',
};

const columnFields: Record<string, string[]> = {
  recipientName: ['recipientName'],
  recipientKind: ['recipientKind'],
  position: ['position'],
  organization: ['organization'],
  decisionNumber: ['decisionNumber', 'decision'],
  decisionDate: ['decisionDate', 'decision'],
  smallOrDirect: ['smallCollective'],
  note: ['note'],
};

const changeLabels: Record<keyof AwardChange, string> = {
  position: 'chức vụ',
  decisionNumber: 'số quyết định',
  decisionDate: 'ngày quyết định',
  smallOrDirect: 'tập thể nhỏ, người lao động trực tiếp',
  memberUnitId: 'đơn vị đề nghị',
};

interface ExistingAward {
  id: number;
  recipientName: string;
  organization: string;
  awardFormId: number;
  position: string;
  decisionNumber: string;
  decisionDate: string | null;
  smallOrDirect: 0 | 1;
  memberUnitId: number | null;
}

function changesOf(input: AwardEntryInput, existing: ExistingAward) {
  const patch: AwardChange = {};
  const previous: AwardChange = {};
  const current = { ...existing, smallOrDirect: existing.smallOrDirect === 1 };
  for (const field of ['position', 'decisionNumber'] as const)
    if (input[field] !== '' && input[field] !== current[field]) {
      patch[field] = input[field];
      previous[field] = current[field];
    }
  if (input.decisionDate !== null && input.decisionDate !== current.decisionDate) {
    patch.decisionDate = input.decisionDate;
    previous.decisionDate = current.decisionDate;
  }
  if (input.smallOrDirect && !current.smallOrDirect) {
    patch.smallOrDirect = true;
    previous.smallOrDirect = false;
  }
  if (input.memberUnitId !== null && input.memberUnitId !== current.memberUnitId) {
    patch.memberUnitId = input.memberUnitId;
    previous.memberUnitId = current.memberUnitId;
  }
  return { patch, previous };
}

export async function awardRows(
  db: Db,
  conferenceId: number,
  workbook: Workbook,
  ctx: RowsContext,
  target: ImportTarget,
) {
  const result = await parseAwards(workbook);
  const problems: ImportProblem[] = [...result.problems];
  const matchForm = awardFormMatcher(listAwardForms(db));
  const existing = new Map<string, ExistingAward>();
  const entries = db
    .prepare(
      `SELECT id, recipient_name AS recipientName, organization, award_form_id AS awardFormId, position,
         decision_number AS decisionNumber, decision_date AS decisionDate, small_or_direct AS smallOrDirect,
         member_unit_id AS memberUnitId
       FROM award_entry WHERE conference_id = ? AND deleted_at IS NULL ORDER BY id`,
    )
    .all(conferenceId) as ExistingAward[];
  for (const e of entries) {
    const key = identity(e.recipientName, e.organization, String(e.awardFormId));
    if (!existing.has(key)) existing.set(key, e);
  }
  const formColumn = ctx.columnOf.get('awardForm') ?? '';
  const duplicates = new DuplicateCheck();
  const rows: PreviewRow[] = [];
  const plans: AwardPlan[] = [];
  for (const record of result.records) {
    const own: ImportProblem[] = [];
    const form = record.awardForm ? matchForm(record.awardForm) : null;
    // The reader already reports a missing form; an unknown or ambiguous one is reported here.
    if (form && !form.form) own.push({ row: record.row, column: formColumn, message: form.message });
    const parsed = AwardEntryInput.safeParse({
      recipientKind: recipientKinds[record.recipientKind],
      recipientName: record.recipientName,
      position: record.position,
      organization: record.organization,
      awardFormId: form?.form?.id ?? 0,
      decisionNumber: record.decisionNumber,
      decisionDate: record.decisionDate,
      memberUnitId: target.memberUnitId,
      smallOrDirect: record.smallCollectiveOrDirectWorker,
    });
    if (!parsed.success)
      own.push(
        ...schemaProblems(ctx, record.row, parsed.error, columnFields, result.problems, ['awardFormId']),
      );
    const formId = form?.form?.id ?? null;
    const key = identity(record.recipientName, record.organization, String(formId));
    const repeated =
      formId !== null && duplicates.check(key, record.row, own, ctx.columnOf.get('recipientName') ?? '');
    const match = formId !== null ? (existing.get(key) ?? null) : null;
    const { patch, previous } =
      match && parsed.success ? changesOf(parsed.data, match) : { patch: {}, previous: {} };
    const changed = Object.keys(patch) as (keyof AwardChange)[];
    const importable = parsed.success && formId !== null;
    const proposed = !importable || repeated ? 'skip' : match ? (changed.length ? 'update' : 'skip') : 'add';
    const cells = rawCells(ctx, record.row);
    setCell(ctx, cells, 'recipientName', record.recipientName);
    setCell(ctx, cells, 'position', record.position);
    setCell(ctx, cells, 'organization', record.organization);
    setCell(ctx, cells, 'decisionNumber', record.decisionNumber);
    if (record.decisionDate) setCell(ctx, cells, 'decisionDate', formatShortDate(record.decisionDate));
    rows.push({
      row: record.row,
      cells,
      gender: null,
      awardFormName: form?.form?.name ?? null,
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
      input: importable && parsed.success ? parsed.data : null,
      patch: changed.length ? patch : null,
      previous: changed.length ? previous : null,
      firstProblem: own[0]?.message ?? problems.find((p) => p.row === record.row)?.message ?? null,
    });
    problems.push(...own);
  }
  const kept = new Set(result.records.map((r) => r.row));
  rows.push(...droppedRows(ctx, problems, kept));
  return { result, rows, plans, problems };
}
