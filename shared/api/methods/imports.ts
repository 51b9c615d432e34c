/**
 * "Nhập danh sách": a province's delegate or award list read, previewed against what the conference already
 * holds (add / update / skip per row), committed as one import batch in one transaction, and undone later.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { text } from '../schemas/recordFields.ts';

export const importKinds = ['delegates', 'awards'] as const;
export const ImportKind = z.enum(importKinds, { error: 'Loại danh sách chỉ là đại biểu hoặc khen thưởng.' });
export type ImportKind = z.infer<typeof ImportKind>;

/** The record fields a sheet column can hold, per kind of list. */
export const delegateImportFields = [
  'index',
  'fullName',
  'gender',
  'male',
  'female',
  'position',
  'organization',
  'phone',
  'email',
  'note',
] as const;
export const awardImportFields = [
  'index',
  'recipientName',
  'recipientKind',
  'position',
  'organization',
  'awardForm',
  'decisionNumber',
  'decisionDate',
  'decision',
  'smallCollective',
  'note',
] as const;
export type ImportField = (typeof delegateImportFields)[number] | (typeof awardImportFields)[number];

export const importActions = ['add', 'update', 'skip'] as const;
export const ImportAction = z.enum(importActions, {
  error: 'Cách xử lý một dòng chỉ là thêm, cập nhật hoặc bỏ qua.',
});
export type ImportAction = z.infer<typeof ImportAction>;

/** A path (Electron, CLI, tests) or the bytes of a dropped file (browser mode). */
export const ImportFile = z.union(
  [
    z.string().min(1, 'Đường dẫn tệp trống.').max(4096),
    z
      .object({
        name: z.string().min(1, 'Thiếu tên tệp.').max(260),
        base64: z.string().max(70_000_000, 'Tệp quá lớn để nhập (tối đa 50 MB).'),
      })
      .strict(),
  ],
  { error: 'Chưa chọn tệp danh sách.' },
);

/** Sheet column letter ("C") -> field, or "" for a column not imported. */
export const ImportMapping = z.record(
  z.string().regex(/^[A-Z]{1,3}$/u, 'Cột phải ghi bằng chữ cái, ví dụ "C".'),
  z.string().max(40),
);
export type ImportMapping = z.infer<typeof ImportMapping>;

export const ImportRequest = z.object({
  conferenceId: Id,
  kind: ImportKind,
  file: ImportFile,
  mapping: ImportMapping.optional(),
  /** The member (province) the list comes from; without it, guessed from the file name. */
  memberUnitId: Id.nullable().optional(),
  /** Or a delegation by name (a member's name, or a guest delegation's label). */
  delegation: text('Tên đoàn', 200).optional(),
});

export const ImportColumn = z.object({
  column: z.string(),
  /** The heading as the file writes it (both rows of a two-row heading, joined by " / "). */
  header: z.string(),
  field: z.string().nullable(),
  /** What the reader recognised on its own. */
  detected: z.string().nullable(),
});

export const ImportProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const ImportRow = z.object({
  row: z.number().int(),
  /** What each sheet column shows for this row: the cleaned value for a mapped field, else the cell's text. */
  cells: z.record(z.string(), z.string()),
  /** Derived values worth showing: gender from "Ông"/"Bà", the catalogue's award form. */
  gender: z.enum(['nam', 'nu']).nullable(),
  awardFormName: z.string().nullable(),
  /** The entry already in the conference (same person, same organization), with what would change. */
  existingId: Id.nullable(),
  changes: z.array(z.string()),
  proposed: ImportAction,
  /** False when the row cannot be written as it is (its problems say why). */
  importable: z.boolean(),
});

export const ImportPreview = z.object({
  kind: ImportKind,
  file: z.string(),
  sheet: z.string(),
  headerRow: z.number().int(),
  encoding: z.string(),
  mappingSource: z.enum(['detected', 'remembered', 'given']),
  columns: z.array(ImportColumn),
  memberUnitId: Id.nullable(),
  memberName: z.string().nullable(),
  delegationLabel: z.string(),
  rows: z.array(ImportRow),
  problems: z.array(ImportProblem),
  counts: z.object({ add: z.number().int(), update: z.number().int(), skip: z.number().int() }),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportDecision = z.object({ row: z.number().int().positive(), action: ImportAction });

export const ImportBatch = z.object({
  id: Id,
  conferenceId: Id,
  kind: ImportKind,
  fileName: z.string(),
  sheet: z.string(),
  headerRow: z.number().int(),
  memberUnitId: Id.nullable(),
  memberName: z.string().nullable(),
  delegationLabel: z.string(),
  mapping: z.array(ImportColumn.pick({ column: true, header: true, field: true })),
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const importMethods = {
  'imports.preview': method(ImportRequest, ImportPreview),
  /** Writes the chosen rows in one transaction as one batch; one refused row and nothing is written. */
  'imports.commit': method(
    ImportRequest.extend({ decisions: z.array(ImportDecision).max(100_000).default([]) }),
    z.object({ batch: ImportBatch, problems: z.array(ImportProblem), backupName: z.string() }),
  ),
  'imports.batches': method(z.object({ conferenceId: Id }), z.array(ImportBatch)),
  /** Removes what the batch added and puts back what it updated, in one transaction. */
  'imports.undo': method(
    z.object({ batchId: Id }),
    z.object({ batch: ImportBatch, removed: z.number().int(), restored: z.number().int() }),
  ),
};
