/**
 * Which sheet column holds which field: what the reader recognised, what the clerk chose (per import, and
 * remembered per member for the next file from the same province), and a workbook the reader will read with
 * exactly that mapping. The reader (electron/imports) finds columns by their headings, so a chosen mapping is
 * handed to it as headings it is known to read back as those fields (checked by the unit tests), in place of
 * the file's own heading rows; the data rows are left untouched, row numbers included.
 */
import type { Db } from '../db/connection.ts';
import { DomainError } from '../../shared/api/result.ts';
import {
  awardImportFields,
  delegateImportFields,
  type ImportField,
  type ImportKind,
  type ImportMapping,
} from '../../shared/api/methods/imports.ts';
import { awardHeaders, delegateHeaders, foldLabel, type HeaderSpec } from '../imports/headers.ts';
import { detectLayout, type Layout } from '../imports/layout.ts';
import { columnLetter, type SheetRow, type Workbook } from '../imports/workbook.ts';
import { nowSql } from '../delegates/records.ts';

export const listKinds = {
  delegates: {
    specs: delegateHeaders as HeaderSpec<string>[],
    nameField: 'fullName',
    what: 'danh sách đại biểu',
    fields: delegateImportFields as readonly string[],
  },
  awards: {
    specs: awardHeaders as HeaderSpec<string>[],
    nameField: 'recipientName',
    what: 'danh sách khen thưởng',
    fields: awardImportFields as readonly string[],
  },
} as const;

/** Headings the reader reads back as exactly this field; two rows where a field needs a group above it. */
export const canonicalHeadings: Record<ImportField, { top: string; sub: string }> = {
  index: { top: 'STT', sub: 'STT' },
  fullName: { top: 'Họ và tên', sub: 'Họ và tên' },
  gender: { top: 'Giới tính', sub: 'Giới tính' },
  male: { top: 'Giới tính', sub: 'Nam' },
  female: { top: 'Giới tính', sub: 'Nữ' },
  position: { top: 'Chức vụ', sub: 'Chức vụ' },
  organization: { top: 'Đơn vị', sub: 'Đơn vị' },
  phone: { top: 'Điện thoại', sub: 'Điện thoại' },
  email: { top: 'Email', sub: 'Email' },
  note: { top: 'Ghi chú', sub: 'Ghi chú' },
  recipientName: { top: 'Tên tập thể, cá nhân', sub: 'Tên tập thể, cá nhân' },
  recipientKind: { top: 'Loại đối tượng', sub: 'Loại đối tượng' },
  awardForm: { top: 'Hình thức khen thưởng', sub: 'Hình thức khen thưởng' },
  decisionNumber: { top: 'Số QĐ', sub: 'Số QĐ' },
  decisionDate: { top: 'Ngày QĐ', sub: 'Ngày QĐ' },
  decision: { top: 'Số, ngày quyết định', sub: 'Số, ngày quyết định' },
  smallCollective: {
    top: 'Tập thể nhỏ, người lao động trực tiếp',
    sub: 'Tập thể nhỏ, người lao động trực tiếp',
  },
};

export interface SheetColumn {
  column: string;
  index: number;
  header: string;
  /** The folded heading: how a remembered mapping recognises the column in the next file. */
  key: string;
  detected: string | null;
}

/** How many rows below the headings are looked at to find columns that hold data under no heading. */
const sampledRows = 200;

export function detectList(workbook: Workbook, kind: ImportKind): Layout<string> {
  const spec = listKinds[kind];
  return detectLayout(workbook, spec.specs, spec.nameField, spec.what);
}

export function sheetColumns(layout: Layout<string>): SheetColumn[] {
  const { sheet: grid, headerRow, headerEnd } = layout;
  const byColumn = new Map([...layout.columns].map(([field, column]) => [column, field]));
  let width = Math.max(grid.width(headerRow), grid.width(headerEnd));
  const dataRows = grid.sheet.rows.filter((r) => r.row > headerEnd).slice(0, sampledRows);
  for (const { row } of dataRows) width = Math.max(width, grid.width(row));
  const columns: SheetColumn[] = [];
  for (let c = 1; c <= width; c++) {
    const top = grid.text(headerRow, c);
    const below = headerEnd > headerRow ? grid.text(headerEnd, c) : '';
    const sub = below === top ? '' : below;
    const detected = byColumn.get(c) ?? null;
    if (!top && !sub && !detected && !dataRows.some(({ row }) => grid.text(row, c))) continue;
    columns.push({
      column: columnLetter(c),
      index: c,
      header: [top, sub].filter(Boolean).join(' / '),
      key: `${foldLabel(top)}|${foldLabel(sub)}`,
      detected,
    });
  }
  return columns;
}

export interface ResolvedMapping {
  /** Column letter -> field (null: not imported). */
  fields: Map<string, string | null>;
  source: 'detected' | 'remembered' | 'given';
}

export function resolveMapping(
  kind: ImportKind,
  columns: SheetColumn[],
  given: ImportMapping | undefined,
  remembered: Record<string, string> | null,
): ResolvedMapping {
  const allowed = listKinds[kind].fields;
  const fields = new Map<string, string | null>(columns.map((c) => [c.column, c.detected]));
  let source: ResolvedMapping['source'] = 'detected';
  if (given) {
    for (const [column, field] of Object.entries(given)) {
      if (!fields.has(column))
        throw new DomainError(
          'VALIDATION',
          `Cột ${column} không có trong bảng của tệp; hãy chọn lại các cột.`,
        );
      if (field && !allowed.includes(field))
        throw new DomainError(
          'VALIDATION',
          `Cột ${column}: loại thông tin "${field}" không dùng cho danh sách này.`,
        );
    }
    // A field the clerk put on a column leaves the column the reader had guessed for it.
    const chosen = new Set(Object.values(given).filter(Boolean));
    for (const [column, field] of fields) if (field && chosen.has(field)) fields.set(column, null);
    for (const [column, field] of Object.entries(given)) fields.set(column, field || null);
    source = 'given';
  } else if (remembered) {
    for (const column of columns) {
      const field = remembered[column.key];
      if (field === undefined || !(field === '' || allowed.includes(field))) continue;
      for (const [other, f] of fields)
        if (field && f === field && other !== column.column) fields.set(other, null);
      fields.set(column.column, field || null);
      source = 'remembered';
    }
  }
  const seen = new Map<string, string>();
  for (const [column, field] of fields) {
    if (!field) continue;
    const first = seen.get(field);
    if (first)
      throw new DomainError(
        'VALIDATION',
        `Cột ${first} và cột ${column} cùng được chọn cho một loại thông tin; mỗi loại chỉ chọn cho một cột.`,
      );
    seen.set(field, column);
  }
  if (!seen.has(listKinds[kind].nameField))
    throw new DomainError(
      'VALIDATION',
      kind === 'delegates'
        ? 'Chưa chọn cột "Họ và tên"; hãy chọn cột chứa họ tên đại biểu.'
        : 'Chưa chọn cột "Tên tập thể, cá nhân"; hãy chọn cột chứa tên người hoặc tập thể được khen.',
    );
  return { fields, source };
}

/** The workbook the reader parses: the file itself, or its list sheet under headings naming the chosen fields. */
export function workbookFor(
  workbook: Workbook,
  layout: Layout<string>,
  columns: SheetColumn[],
  mapping: ResolvedMapping,
): Workbook {
  if (columns.every((c) => c.detected === (mapping.fields.get(c.column) ?? null))) return workbook;
  const top: (string | null)[] = [];
  const sub: (string | null)[] = [];
  for (const column of columns) {
    const field = mapping.fields.get(column.column);
    if (!field) continue;
    const heading = canonicalHeadings[field as ImportField];
    top[column.index - 1] = heading.top;
    sub[column.index - 1] = heading.sub;
  }
  const fill = (cells: (string | null)[]) => Array.from(cells, (cell) => cell ?? null);
  const end = layout.headerEnd;
  // Headings end where the file's own did, so every data row keeps its number. Two rows only where a field
  // needs a group heading above it ("Giới tính" over "Nam"): a second row otherwise would be read as data.
  const twoRows = top.some((label, i) => label !== sub[i]);
  const rows: SheetRow[] = [
    ...(twoRows ? [{ row: end - 1, cells: fill(top) }] : []),
    { row: end, cells: fill(sub) },
    ...layout.sheet.sheet.rows.filter((r) => r.row > end),
  ];
  const sheet = {
    ...layout.sheet.sheet,
    rows,
    merges: layout.sheet.sheet.merges.filter((m) => m.top > end),
  };
  return { ...workbook, sheets: [sheet] };
}

export function rememberedMapping(
  db: Db,
  memberUnitId: number,
  kind: ImportKind,
): Record<string, string> | null {
  const json = db
    .prepare('SELECT columns FROM import_mapping WHERE member_unit_id = ? AND kind = ?')
    .pluck()
    .get(memberUnitId, kind) as string | undefined;
  return json ? (JSON.parse(json) as Record<string, string>) : null;
}

/** Remembers the headings' fields for this member; headings seen before in other files are kept. */
export function rememberMapping(
  db: Db,
  memberUnitId: number,
  kind: ImportKind,
  columns: SheetColumn[],
  mapping: ResolvedMapping,
): void {
  const merged = rememberedMapping(db, memberUnitId, kind) ?? {};
  for (const column of columns)
    if (column.key !== '|') merged[column.key] = mapping.fields.get(column.column) ?? '';
  db.prepare(
    `INSERT INTO import_mapping (member_unit_id, kind, columns) VALUES (?, ?, ?)
     ON CONFLICT (member_unit_id, kind) DO UPDATE SET columns = excluded.columns, updated_at = ${nowSql}`,
  ).run(memberUnitId, kind, JSON.stringify(merged));
}
