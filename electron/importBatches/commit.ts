/**
 * imports.commit: the preview built again from the same file and mapping, the clerk's add / update / skip per
 * row applied, every chosen row checked first (one row that cannot be written and nothing is written), a backup
 * taken, then the rows, the batch and the remembered mapping written in one transaction.
 */
import type { HandlerContext } from '../api/context.ts';
import { DomainError, type FieldIssue } from '../../shared/api/result.ts';
import type { ImportAction } from '../../shared/api/methods/imports.ts';
import { backupBeforeImport } from '../backups/backups.ts';
import { createDelegates, updateDelegate } from '../delegates/repository.ts';
import { createAwards, updateAward } from '../awards/repository.ts';
import { throwIfIssues } from '../delegates/records.ts';
import { rememberMapping } from './mapping.ts';
import { buildPreview, type BuiltPreview, type ImportRequest } from './preview.ts';
import { getBatch, recordBatch, type NewBatch } from './batches.ts';
import type { RowPlan } from './rows.ts';

type Chosen<I, P> = { plan: RowPlan<I, P>; action: ImportAction };

function choose<I, P>(plans: RowPlan<I, P>[], decisions: { row: number; action: ImportAction }[]) {
  const byRow = new Map(decisions.map((d) => [d.row, d.action]));
  const known = new Set(plans.map((p) => p.row));
  const unknown = decisions.find((d) => !known.has(d.row));
  if (unknown)
    throw new DomainError(
      'VALIDATION',
      `Dòng ${unknown.row} không phải một dòng của danh sách trong tệp; hãy xem lại bản xem trước.`,
    );
  const chosen: Chosen<I, P>[] = plans.map((plan) => ({
    plan,
    action: byRow.get(plan.row) ?? plan.proposed,
  }));
  const issues: FieldIssue[] = [];
  for (const { plan, action } of chosen) {
    if (action === 'skip') continue;
    const path = `rows.${plan.row}`;
    if (!plan.importable)
      issues.push({ path, message: `Dòng ${plan.row}: ${plan.firstProblem ?? 'dòng này không nhập được.'}` });
    else if (action === 'update' && plan.existingId === null)
      issues.push({
        path,
        message: `Dòng ${plan.row}: chưa có trong danh sách nên không cập nhật được; hãy chọn "Thêm".`,
      });
    else if (action === 'update' && !plan.patch)
      issues.push({ path, message: `Dòng ${plan.row}: không có gì khác với dòng đã có; hãy chọn "Bỏ qua".` });
  }
  throwIfIssues(issues);
  return chosen;
}

/** The chosen rows, ready to write: `run` goes inside the import's transaction. */
function planWrites<I, P>(
  chosen: Chosen<I, P>[],
  create: (inputs: I[]) => { id: number }[],
  update: (id: number, patch: P) => void,
) {
  const adds = chosen.filter((c) => c.action === 'add').map((c) => c.plan);
  const updates = chosen.filter((c) => c.action === 'update').map((c) => c.plan);
  return {
    count: adds.length + updates.length,
    run(): NewBatch['items'] {
      const created = adds.length ? create(adds.map((p) => p.input!)) : [];
      const items: NewBatch['items'] = adds.map((p, i) => ({
        row: p.row,
        action: 'add' as const,
        recordId: created[i]!.id,
        previous: null,
      }));
      for (const p of updates) {
        update(p.existingId!, p.patch!);
        items.push({ row: p.row, action: 'update', recordId: p.existingId!, previous: p.previous as object });
      }
      return items;
    },
  };
}

function batchBase(built: BuiltPreview, conferenceId: number, skipped: number): Omit<NewBatch, 'items'> {
  return {
    conferenceId,
    kind: built.kind,
    fileName: built.source.name,
    sha256: built.source.sha256,
    sheet: built.preview.sheet,
    headerRow: built.preview.headerRow,
    memberUnitId: built.target.memberUnitId,
    delegationLabel: built.target.delegationLabel,
    mapping: built.preview.columns.map(({ column, header, field }) => ({ column, header, field })),
    skipped,
  };
}

export async function commitImport(
  ctx: HandlerContext,
  request: ImportRequest & { decisions: { row: number; action: ImportAction }[] },
) {
  const { db } = ctx;
  const built = await buildPreview(db, request);
  if (built.kind === 'delegates' && built.target.memberUnitId === null && !built.target.delegationLabel)
    throw new DomainError(
      'VALIDATION',
      'Chưa rõ danh sách đại biểu này của đoàn nào; hãy chọn tỉnh gửi danh sách (dòng lệnh: --delegation "Tên tỉnh").',
    );
  const { conferenceId, decisions } = request;
  const writes =
    built.kind === 'delegates'
      ? planWrites(
          choose(built.plans, decisions),
          (rows) => createDelegates(db, conferenceId, rows, true),
          (id, patch) => updateDelegate(db, { id, ...patch }),
        )
      : planWrites(
          choose(built.plans, decisions),
          (rows) => createAwards(db, conferenceId, rows, true),
          (id, patch) => updateAward(db, { id, ...patch }),
        );
  if (writes.count === 0)
    throw new DomainError(
      'VALIDATION',
      'Không có dòng nào được chọn để thêm hoặc cập nhật; chưa có gì được nhập.',
    );
  // Rows the reader dropped count as skipped too: the batch says what happened to every row of the list.
  const skipped = built.preview.rows.length - writes.count;
  const backup = await backupBeforeImport(ctx, request.kind);

  const batchId = db.transaction(() => {
    const items = writes.run();
    if (built.target.memberUnitId !== null)
      rememberMapping(db, built.target.memberUnitId, request.kind, built.columns, built.mapping);
    return recordBatch(db, { ...batchBase(built, conferenceId, skipped), items });
  })();
  return { batch: getBatch(db, batchId), problems: built.preview.problems, backupName: backup.name };
}
