/** Schemas of the returns capability: the template members fill in, what an import reports, the consolidation. */
import { z } from 'zod';
import { cleanText, isIsoDate } from '../text/vietnamese.ts';
import { Id } from './schemas.ts';

export const returnValueTypes = ['number', 'percent', 'integer', 'text', 'rank'] as const;
export const ReturnValueType = z.enum(returnValueTypes, { error: 'Kiểu số liệu không hợp lệ.' });
export type ReturnValueType = z.infer<typeof ReturnValueType>;

/** How a cluster figure is made from the members' figures; 'weighted' averages by another item (a share of a count). */
export const returnAggregates = ['sum', 'average', 'weighted', 'none'] as const;

const label = (name: string, max = 300) =>
  z
    .string({ error: `${name}: phải là chữ.` })
    .transform(cleanText)
    .pipe(z.string().max(max, `${name}: dài quá ${max} ký tự.`));

export const Deadline = z
  .string()
  .refine(isIsoDate, 'Hạn nộp: ngày không hợp lệ (dạng YYYY-MM-DD).')
  .nullable();

/**
 * Range messages, shared with the editor's fields. `whole` and `rank` are checked only when a template is saved,
 * so a template stored before those checks still reads.
 */
export const rangeMessages = {
  order: 'Giá trị nhỏ nhất phải không lớn hơn giá trị lớn nhất.',
  whole: 'Chỉ tiêu số nguyên hoặc thứ hạng chỉ nhận giới hạn là số nguyên.',
  rank: 'Thứ hạng bắt đầu từ 1: giới hạn phải từ 1 trở lên.',
} as const;

export const ReturnItem = z
  .object({
    kind: z.enum(['indicator', 'criterion']).default('indicator'),
    code: z
      .string({ error: 'Chưa nhập mã chỉ tiêu.' })
      .transform((s) => cleanText(s).toUpperCase())
      .pipe(
        z
          .string()
          .regex(/^[A-Z][A-Z0-9_]{0,29}$/u, 'Mã chỉ tiêu chỉ gồm chữ không dấu, số và "_", ví dụ GRDP.'),
      ),
    name: label('Tên chỉ tiêu').pipe(z.string().min(1, 'Chưa nhập tên chỉ tiêu.')),
    unit: label('Đơn vị tính', 50).default(''),
    type: ReturnValueType.default('number'),
    required: z.boolean().default(false),
    min: z.number().nullable().default(null),
    max: z.number().nullable().default(null),
    /** Criteria only: the most points the cluster's scoring table gives. */
    maxPoints: z.number().positive('Điểm tối đa phải lớn hơn 0.').nullable().default(null),
    aggregate: z.enum(returnAggregates).default('none'),
    weightCode: z.string().nullable().default(null),
    /** False for ranks (1 is best) and anything where less is better. */
    higherIsBetter: z.boolean().default(true),
    /** "Về tốc độ tăng trưởng GRDP" — opens the draft sentence; empty means no sentence. */
    sentenceLead: label('Câu dẫn', 300).default(''),
    /** "tăng", "đạt", "xếp thứ" — put before each member's figure in the sentence. */
    verb: label('Động từ', 30).default(''),
  })
  .refine((i) => i.min === null || i.max === null || i.min <= i.max, {
    message: rangeMessages.order,
    path: ['max'],
  })
  .refine((i) => i.kind !== 'criterion' || i.maxPoints !== null, {
    message: 'Tiêu chí thi đua cần có điểm tối đa.',
    path: ['maxPoints'],
  });
export type ReturnItem = z.infer<typeof ReturnItem>;

export const ReturnTemplateInput = z
  .object({
    conferenceId: Id,
    title: label('Tên biểu').pipe(z.string().min(1, 'Chưa nhập tên biểu.')),
    instructions: label('Hướng dẫn', 2000).default(''),
    deadline: Deadline.default(null),
    items: z
      .array(ReturnItem)
      .min(1, 'Biểu cần ít nhất một chỉ tiêu.')
      .max(300, 'Biểu có quá nhiều chỉ tiêu.'),
  })
  .superRefine((t, ctx) => {
    const codes = new Set<string>();
    t.items.forEach((item, index) => {
      if (codes.has(item.code))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'code'],
          message: `Mã "${item.code}" bị trùng.`,
        });
      codes.add(item.code);
    });
    t.items.forEach((item, index) => {
      for (const bound of ['min', 'max'] as const) {
        const value = item[bound];
        if (value === null) continue;
        const path = ['items', index, bound];
        if ((item.type === 'integer' || item.type === 'rank') && !Number.isInteger(value))
          ctx.addIssue({ code: 'custom', path, message: rangeMessages.whole });
        else if (item.type === 'rank' && value < 1)
          ctx.addIssue({ code: 'custom', path, message: rangeMessages.rank });
      }
    });
    t.items.forEach((item, index) => {
      if (item.aggregate !== 'weighted') return;
      const weight = t.items.find((w) => w.code === item.weightCode);
      if (!weight || weight.type === 'text')
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'weightCode'],
          message: `Chỉ tiêu ${item.code}: bình quân gia quyền cần mã một chỉ tiêu số làm trọng số.`,
        });
    });
  });

export const ReturnTemplate = z.object({
  id: Id,
  conferenceId: Id,
  version: z.number().int(),
  title: z.string(),
  instructions: z.string(),
  deadline: z.string().nullable(),
  items: z.array(ReturnItem),
  updatedAt: z.string(),
});
export type ReturnTemplate = z.infer<typeof ReturnTemplate>;

export const ReturnProblem = z.object({ sheet: z.string(), cell: z.string(), message: z.string() });
export type ReturnProblem = z.infer<typeof ReturnProblem>;

/** A file to import: a path on this computer, or its bytes (browser mode sends the dropped file itself). */
export const ReturnFile = z.union([
  z.string().min(1, 'Đường dẫn tệp trống.'),
  z.object({
    name: z.string().min(1).max(260),
    base64: z.string().max(30_000_000, 'Tệp quá lớn (tối đa khoảng 20 MB).'),
  }),
]);

export const ReturnImportOutcome = z.enum(['imported', 'replaced', 'refused']);
export const ReturnImportResult = z.object({
  file: z.string(),
  outcome: ReturnImportOutcome,
  memberId: Id.nullable(),
  memberName: z.string().nullable(),
  identifiedBy: z.enum(['hidden_sheet', 'labels']).nullable(),
  valuesRead: z.number().int(),
  returnId: Id.nullable(),
  problems: z.array(ReturnProblem),
});
export type ReturnImportResult = z.infer<typeof ReturnImportResult>;

export const ReturnStatusRow = z.object({
  memberId: Id,
  code: z.string(),
  name: z.string(),
  position: z.number().int(),
  state: z.enum(['received', 'refused', 'missing']),
  /** When the current (accepted) return arrived, or the last refused attempt when none was accepted. */
  receivedAt: z.string().nullable(),
  submissions: z.number().int(),
  problemCount: z.number().int(),
  late: z.boolean(),
  fileName: z.string().nullable(),
  returnId: Id.nullable(),
});
export const ReturnStatus = z.object({
  conferenceId: Id,
  deadline: z.string().nullable(),
  received: z.number().int(),
  missing: z.number().int(),
  late: z.number().int(),
  members: z.array(ReturnStatusRow),
});
export type ReturnStatus = z.infer<typeof ReturnStatus>;

export const ReturnSubmission = z.object({
  id: Id,
  memberId: Id,
  state: z.enum(['current', 'superseded', 'refused']),
  templateVersion: z.number().int(),
  fileName: z.string(),
  identifiedBy: z.enum(['hidden_sheet', 'labels']),
  receivedAt: z.string(),
  problems: z.array(ReturnProblem),
  values: z.array(
    z.object({
      code: z.string(),
      number: z.number().nullable(),
      text: z.string().nullable(),
      note: z.string(),
    }),
  ),
});
export type ReturnSubmission = z.infer<typeof ReturnSubmission>;

export const MemberOrder = z.enum(['rank', 'cluster']).default('cluster');

const ConsolidatedCell = z.object({
  memberId: Id,
  number: z.number().nullable(),
  text: z.string().nullable(),
  note: z.string(),
  rank: z.number().int().nullable(),
  /** As a Vietnamese document writes it: "8,7%", "2.500 tỷ đồng"; empty when the member gave nothing. */
  display: z.string(),
});
export const ConsolidatedItem = z.object({
  code: z.string(),
  kind: z.enum(['indicator', 'criterion']),
  name: z.string(),
  unit: z.string(),
  type: ReturnValueType,
  higherIsBetter: z.boolean(),
  aggregate: z.enum(returnAggregates),
  /** "Tổng", "Bình quân", "Bình quân gia quyền"; null when no cluster figure means anything. */
  aggregateLabel: z.string().nullable(),
  aggregateValue: z.number().nullable(),
  aggregateDisplay: z.string(),
  /** In the cluster's fixed member order. */
  cells: z.array(ConsolidatedCell),
  /** Bars for the chart, in the order the clerk chose; members without a figure are left out. */
  chart: z.array(z.object({ memberId: Id, label: z.string(), value: z.number() })),
  sentence: z.string().nullable(),
});
export type ConsolidatedItem = z.infer<typeof ConsolidatedItem>;

export const Consolidation = z.object({
  conferenceId: Id,
  title: z.string(),
  period: z.string(),
  order: z.enum(['rank', 'cluster']),
  members: z.array(z.object({ id: Id, code: z.string(), shortName: z.string(), position: z.number().int() })),
  receivedCount: z.number().int(),
  items: z.array(ConsolidatedItem),
  sentences: z.array(z.string()),
});
export type Consolidation = z.infer<typeof Consolidation>;

/** A file the core wrote: on disk (path) or, where no save dialog exists (browser mode), handed back as bytes. */
export const WrittenFile = z.object({
  fileName: z.string(),
  path: z.string().nullable(),
  base64: z.string().nullable(),
});
