/** Award lists (danh sách khen thưởng), the editable catalogue of award forms, and the computed statistics. */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { isoDate, requiredText, text } from './recordFields.ts';

export const awardLevels = ['nha_nuoc', 'chinh_phu', 'bo_tinh', 'co_so'] as const;
export const AwardLevel = z.enum(awardLevels, { error: 'Cấp khen thưởng không hợp lệ.' });
export type AwardLevel = z.infer<typeof AwardLevel>;
export const awardLevelLabels: Record<AwardLevel, string> = {
  nha_nuoc: 'Nhà nước',
  chinh_phu: 'Chính phủ',
  bo_tinh: 'Bộ, ngành, tỉnh',
  co_so: 'Cơ sở',
};

export const awardFormKinds = [
  'huan_chuong',
  'huy_chuong',
  'danh_hieu',
  'co_thi_dua',
  'bang_khen',
  'giay_khen',
  'khac',
] as const;
export const AwardFormKind = z.enum(awardFormKinds, { error: 'Loại hình thức khen thưởng không hợp lệ.' });
export const awardFormKindLabels: Record<z.infer<typeof AwardFormKind>, string> = {
  huan_chuong: 'Huân chương',
  huy_chuong: 'Huy chương',
  danh_hieu: 'Danh hiệu thi đua',
  co_thi_dua: 'Cờ thi đua',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  khac: 'Khác',
};

export const recipientKinds = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
export const RecipientKind = z.enum(recipientKinds, {
  error: 'Đối tượng khen chỉ là tập thể, cá nhân hoặc hộ gia đình.',
});
export type RecipientKind = z.infer<typeof RecipientKind>;
export const recipientKindLabels: Record<RecipientKind, string> = {
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
  ho_gia_dinh: 'Hộ gia đình',
};

export const AwardFormInput = z.object({
  name: requiredText('Tên hình thức khen thưởng', 300),
  kind: AwardFormKind,
  level: AwardLevel,
  precedence: z
    .number({ error: 'Thứ tự trao phải là số.' })
    .int('Thứ tự trao phải là số nguyên.')
    .min(1, 'Thứ tự trao bắt đầu từ 1 (trao trước nhất).')
    .max(100_000, 'Thứ tự trao không quá 100.000.'),
});
export const AwardForm = AwardFormInput.extend({
  id: Id,
  /** Live award entries using this form (across conferences). */
  entryCount: z.number().int(),
});
export type AwardForm = z.infer<typeof AwardForm>;

const fields = {
  recipientKind: RecipientKind,
  recipientName: requiredText('Tên tập thể, cá nhân', 300),
  position: text('Chức vụ', 300),
  organization: text('Cơ quan, đơn vị', 300),
  awardFormId: z
    .number({ error: 'Chưa chọn hình thức khen thưởng.' })
    .int('Chưa chọn hình thức khen thưởng.')
    .positive('Chưa chọn hình thức khen thưởng.'),
  /** Null = the level of the chosen form. */
  level: AwardLevel.nullable(),
  decisionNumber: text('Số quyết định', 100),
  decisionDate: isoDate('Ngày quyết định'),
  memberUnitId: Id.nullable(),
  smallOrDirect: z.boolean({ error: 'Ô "tập thể nhỏ, người lao động trực tiếp" chỉ là có hoặc không.' }),
  note: text('Ghi chú', 2000),
};
export const AwardEntryFields = z.object(fields);
export const AwardEntryPatch = AwardEntryFields.partial().extend({ id: Id });
export const AwardEntryInput = AwardEntryFields.extend({
  position: fields.position.default(''),
  organization: fields.organization.default(''),
  level: fields.level.default(null),
  decisionNumber: fields.decisionNumber.default(''),
  decisionDate: fields.decisionDate.default(null),
  memberUnitId: fields.memberUnitId.default(null),
  smallOrDirect: fields.smallOrDirect.default(false),
  note: fields.note.default(''),
});
export type AwardEntryInput = z.output<typeof AwardEntryInput>;

export const AwardEntry = z.object({
  id: Id,
  conferenceId: Id,
  recipientKind: RecipientKind,
  recipientName: z.string(),
  position: z.string(),
  organization: z.string(),
  awardFormId: Id,
  awardFormName: z.string(),
  /** Awards are handed over from the smallest number up. */
  precedence: z.number().int(),
  level: AwardLevel,
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  memberUnitId: Id.nullable(),
  memberName: z.string().nullable(),
  smallOrDirect: z.boolean(),
  note: z.string(),
  searchKey: z.string(),
  nameKey: z.string(),
  updatedAt: z.string(),
});
export type AwardEntry = z.infer<typeof AwardEntry>;

export const AwardQuery = z.object({
  conferenceId: Id,
  query: text('Từ khóa', 200).default(''),
  levels: z.array(AwardLevel).default([]),
  recipientKinds: z.array(RecipientKind).default([]),
  memberUnitIds: z.array(Id).default([]),
  awardFormIds: z.array(Id).default([]),
  smallOrDirect: z.boolean().nullable().default(null),
  /** precedence: the handing-over order (form, then member, then name); name: Vietnamese name order. */
  sort: z
    .enum(['precedence', 'name', 'member'], { error: 'Cách sắp xếp không hợp lệ.' })
    .default('precedence'),
});
export const AwardList = z.object({ rows: z.array(AwardEntry), total: z.number().int() });

const Tally = z.object({
  count: z.number().int(),
  smallOrDirect: z.number().int(),
  /** "68,8%" */
  shareText: z.string(),
});
const Summary = Tally.extend({
  /** "Khen cấp Nhà nước 138 tập thể, cá nhân, trong đó tỷ lệ khen thưởng tập thể nhỏ, người lao động trực tiếp chiếm 68,8%" */
  sentence: z.string(),
});
export const AwardStatistics = z.object({
  total: z.number().int(),
  byLevel: z.array(Tally.extend({ level: AwardLevel, label: z.string() })),
  byMember: z.array(
    Tally.extend({
      memberUnitId: Id.nullable(),
      memberName: z.string(),
      byLevel: z.record(AwardLevel, z.number().int()),
    }),
  ),
  byForm: z.array(
    z.object({ awardFormId: Id, name: z.string(), level: AwardLevel, count: z.number().int() }),
  ),
  byRecipientKind: z.array(Tally.extend({ recipientKind: RecipientKind, label: z.string() })),
  /** Nhà nước and Chính phủ together: what reports call "khen cấp Nhà nước". */
  stateLevel: Summary,
  /** Bộ, ngành, tỉnh: "khen thưởng cấp tỉnh". */
  provincialLevel: Summary,
});
export type AwardStatistics = z.infer<typeof AwardStatistics>;
