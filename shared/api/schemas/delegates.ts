/** Delegates (đại biểu) of a conference: what the clerk types or pastes, and what the lists return. */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { protocolGroups } from '../../protocol.ts';
import { count, isoDate, requiredText, text } from './recordFields.ts';
import { cleanText, foldForSearch } from '../../text/vietnamese.ts';

export const genders = ['nam', 'nu'] as const;
export const delegateRoles = [
  'chu_tri',
  'dong_chu_tri',
  'khach_moi',
  'dai_bieu',
  'thu_ky',
  'phuc_vu',
] as const;
export const delegateStatuses = ['duoc_moi', 'xac_nhan', 'vang', 'co_mat'] as const;
export const delegationKinds = ['member', 'central', 'guest'] as const;

export const Gender = z.enum(genders);
/** Accepts what a clerk types or pastes: "Nam", "Nữ", "nu", "Ông", "Bà", or nothing. */
const GenderInput = z
  .string({ error: 'Giới tính: nhập "Nam" hoặc "Nữ".' })
  .nullable()
  .transform((value, ctx): z.infer<typeof Gender> | null => {
    const folded = foldForSearch(value ?? '');
    if (folded === '') return null;
    if (folded === 'nam' || folded === 'ong') return 'nam';
    if (folded === 'nu' || folded === 'ba') return 'nu';
    ctx.addIssue({ code: 'custom', message: 'Giới tính: nhập "Nam" hoặc "Nữ".' });
    return z.NEVER;
  });
export const DelegateRole = z.enum(delegateRoles, { error: 'Vai trò tại hội nghị không hợp lệ.' });
export const DelegateStatus = z.enum(delegateStatuses, { error: 'Trạng thái mời không hợp lệ.' });
export const DelegationKind = z.enum(delegationKinds, { error: 'Loại đoàn không hợp lệ.' });
export const ProtocolGroup = z.enum(protocolGroups, { error: 'Nhóm lễ tân không hợp lệ.' });

export const delegateRoleLabels: Record<z.infer<typeof DelegateRole>, string> = {
  chu_tri: 'Chủ trì',
  dong_chu_tri: 'Đồng chủ trì',
  khach_moi: 'Khách mời',
  dai_bieu: 'Đại biểu',
  thu_ky: 'Thư ký',
  phuc_vu: 'Phục vụ',
};
export const delegateStatusLabels: Record<z.infer<typeof DelegateStatus>, string> = {
  duoc_moi: 'Được mời',
  xac_nhan: 'Xác nhận',
  vang: 'Vắng',
  co_mat: 'Có mặt',
};
export const delegationKindLabels: Record<z.infer<typeof DelegationKind>, string> = {
  member: 'Thành viên cụm',
  central: 'Trung ương',
  guest: 'Khách mời',
};

/** Position lines (chức vụ): an array, or one pasted cell with a line per position. */
const PositionLines = z
  .union([z.string(), z.array(z.string({ error: 'Chức vụ: mỗi dòng phải là chữ.' }))], {
    error: 'Chức vụ: phải là chữ.',
  })
  .transform((v) => (typeof v === 'string' ? v.split(/\r?\n|;/u) : v).map(cleanText).filter(Boolean))
  .pipe(
    z.array(z.string().max(300, 'Chức vụ: mỗi dòng dài quá 300 ký tự.')).max(10, 'Chức vụ: tối đa 10 dòng.'),
  );

const email = text('Email', 200).refine(
  (v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(v),
  'Email không đúng dạng, ví dụ ten@caobang.gov.vn.',
);

/** Every field, without defaults: an update changes only what it names. */
const fields = {
  fullName: requiredText('Họ và tên', 200),
  gender: GenderInput,
  positionLines: PositionLines,
  organization: text('Cơ quan, đơn vị', 300),
  delegationKind: DelegationKind,
  delegationMemberId: Id.nullable(),
  delegationLabel: text('Tên đoàn', 200),
  role: DelegateRole,
  protocolGroup: ProtocolGroup,
  protocolRank: z
    .number({ error: 'Thứ bậc phải là số.' })
    .int('Thứ bậc phải là số nguyên.')
    .min(1, 'Thứ bậc bắt đầu từ 1 (cao nhất).')
    .max(999, 'Thứ bậc không quá 999.')
    .nullable(),
  inOfficeSince: isoDate('Giữ chức vụ từ ngày'),
  birthYear: z
    .number({ error: 'Năm sinh phải là số.' })
    .int('Năm sinh phải là số nguyên.')
    .min(1900, 'Năm sinh phải từ 1900 trở đi.')
    .max(2100, 'Năm sinh không quá 2100.')
    .nullable(),
  phone: text('Số điện thoại', 50),
  email,
  status: DelegateStatus,
  absenceReason: text('Lý do vắng', 500),
  seat: text('Chỗ ngồi', 50),
  note: text('Ghi chú', 2000),
};

export const DelegateFields = z.object(fields);
export const DelegatePatch = DelegateFields.partial().extend({ id: Id });
export const DelegateInput = DelegateFields.extend({
  gender: fields.gender.default(null),
  positionLines: PositionLines.default([]),
  organization: fields.organization.default(''),
  delegationKind: fields.delegationKind.default('member'),
  delegationMemberId: fields.delegationMemberId.default(null),
  delegationLabel: fields.delegationLabel.default(''),
  role: fields.role.default('dai_bieu'),
  protocolGroup: fields.protocolGroup.default('khac'),
  protocolRank: fields.protocolRank.default(null),
  inOfficeSince: fields.inOfficeSince.default(null),
  birthYear: fields.birthYear.default(null),
  phone: fields.phone.default(''),
  email: email.default(''),
  status: fields.status.default('duoc_moi'),
  absenceReason: fields.absenceReason.default(''),
  seat: fields.seat.default(''),
  note: fields.note.default(''),
});
export type DelegateInput = z.output<typeof DelegateInput>;

export const Delegate = z.object({
  id: Id,
  conferenceId: Id,
  fullName: z.string(),
  gender: Gender.nullable(),
  /** "Ông" / "Bà" (derived from gender; empty when unknown). */
  honorific: z.string(),
  positionLines: z.array(z.string()),
  organization: z.string(),
  delegationKind: DelegationKind,
  delegationMemberId: Id.nullable(),
  delegationLabel: z.string(),
  /** What the delegation is called in lists: the label, or the member's name. */
  delegationName: z.string(),
  /** Groups rows by delegation: "member:3", "central", "guest:Hội LHPN Việt Nam". */
  delegationKey: z.string(),
  isGuest: z.boolean(),
  role: DelegateRole,
  protocolGroup: ProtocolGroup,
  protocolRank: z.number().int().nullable(),
  inOfficeSince: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  phone: z.string(),
  email: z.string(),
  status: DelegateStatus,
  absenceReason: z.string(),
  seat: z.string(),
  note: z.string(),
  manualOrder: z.number().int().nullable(),
  /** 1-based place in protocol order among all (unfiltered) delegates of the conference. */
  protocolIndex: z.number().int(),
  /** Folded text for diacritic-insensitive filtering on the client (matchesSearch). */
  searchKey: z.string(),
  /** Binary-comparable Vietnamese name key: given name, middle, family. */
  nameKey: z.string(),
  updatedAt: z.string(),
});
export type Delegate = z.infer<typeof Delegate>;

export const delegateSorts = ['protocol', 'name', 'delegation'] as const;

export const DelegateQuery = z.object({
  conferenceId: Id,
  query: text('Từ khóa', 200).default(''),
  statuses: z.array(DelegateStatus).default([]),
  roles: z.array(DelegateRole).default([]),
  groups: z.array(ProtocolGroup).default([]),
  delegationKey: z.string().nullable().default(null),
  sort: z.enum(delegateSorts, { error: 'Cách sắp xếp không hợp lệ.' }).default('protocol'),
});

export const DelegateList = z.object({
  rows: z.array(Delegate),
  /** Delegates of the conference before filtering. */
  total: z.number().int(),
  delegations: z.array(
    z.object({ key: z.string(), name: z.string(), isGuest: z.boolean(), count: z.number().int() }),
  ),
});

export const DelegateReorder = z.union(
  [
    z.object({ conferenceId: Id, ids: z.array(Id).min(1, 'Danh sách thứ tự đang trống.') }),
    z.object({ conferenceId: Id, id: Id, toIndex: count('Vị trí mới', 100_000) }),
  ],
  { error: 'Cần danh sách mã theo thứ tự mới, hoặc một mã và vị trí mới.' },
);

export const CopyFromConference = z.object({
  conferenceId: Id,
  sourceConferenceId: Id,
  agenda: z.boolean().default(true),
  speeches: z.boolean().default(true),
});
export const CopySummary = z.object({
  delegates: z.number().int(),
  agendaItems: z.number().int(),
  speeches: z.number().int(),
});
