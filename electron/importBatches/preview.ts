/**
 * imports.preview: the file read in the capped worker, its list found, the columns mapped (as given, as last
 * remembered for this member, or as detected), every row cleaned, checked and matched to what the conference
 * already holds. Writes nothing; the commit builds the same preview again and writes from it.
 */
import type { Db } from '../db/connection.ts';
import type { ImportKind, ImportMapping, ImportPreview } from '../../shared/api/methods/imports.ts';
import { delegateRows, type DelegatePlan } from './delegateRows.ts';
import { awardRows, type AwardPlan } from './awardRows.ts';
import {
  detectList,
  rememberedMapping,
  resolveMapping,
  sheetColumns,
  workbookFor,
  type ResolvedMapping,
  type SheetColumn,
} from './mapping.ts';
import { readSource, type ImportSource, type ReadSource } from './source.ts';
import { resolveTarget, type ImportTarget } from './target.ts';
import type { RowsContext } from './rows.ts';

export interface ImportRequest {
  conferenceId: number;
  kind: ImportKind;
  file: ImportSource;
  mapping?: ImportMapping;
  memberUnitId?: number | null;
  delegation?: string;
}

export type BuiltPreview = {
  preview: ImportPreview;
  source: ReadSource;
  columns: SheetColumn[];
  mapping: ResolvedMapping;
  target: ImportTarget;
} & ({ kind: 'delegates'; plans: DelegatePlan[] } | { kind: 'awards'; plans: AwardPlan[] });

export async function buildPreview(db: Db, request: ImportRequest): Promise<BuiltPreview> {
  const source = await readSource(request.file);
  const target = resolveTarget(db, request.conferenceId, source.name, request);
  const layout = detectList(source.workbook, request.kind);
  const columns = sheetColumns(layout);
  const remembered =
    target.memberUnitId !== null ? rememberedMapping(db, target.memberUnitId, request.kind) : null;
  const mapping = resolveMapping(request.kind, columns, request.mapping, remembered);
  const workbook = workbookFor(source.workbook, layout, columns, mapping);
  const columnOf = new Map<string, string>();
  for (const [column, field] of mapping.fields) if (field) columnOf.set(field, column);
  const ctx: RowsContext = { grid: layout.sheet, columns, columnOf };

  const built =
    request.kind === 'delegates'
      ? {
          kind: 'delegates' as const,
          ...(await delegateRows(db, request.conferenceId, workbook, ctx, target)),
        }
      : { kind: 'awards' as const, ...(await awardRows(db, request.conferenceId, workbook, ctx, target)) };
  const rows = built.rows.sort((a, b) => a.row - b.row);
  const count = (action: string) => rows.filter((r) => r.proposed === action).length;
  const preview: ImportPreview = {
    kind: request.kind,
    file: source.name,
    sheet: layout.sheet.sheet.name,
    headerRow: layout.headerRow,
    encoding: source.workbook.encoding,
    mappingSource: mapping.source,
    columns: columns.map((c) => ({
      column: c.column,
      header: c.header,
      field: mapping.fields.get(c.column) ?? null,
      detected: c.detected,
    })),
    memberUnitId: target.memberUnitId,
    memberName: target.memberName,
    delegationLabel: target.delegationLabel,
    rows,
    problems: built.problems.sort((a, b) => a.row - b.row),
    counts: { add: count('add'), update: count('update'), skip: count('skip') },
  };
  const common = { preview, source, columns, mapping, target };
  return built.kind === 'delegates'
    ? { ...common, kind: 'delegates', plans: built.plans }
    : { ...common, kind: 'awards', plans: built.plans };
}
