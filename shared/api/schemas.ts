/** Domain schemas shared by the core and the renderer. Inputs clean their text on the way in. */
import { z } from 'zod';
import { isoDate, requiredText, text } from './fields.ts';

export const Id = z.number({ error: 'Thiếu mã bản ghi.' }).int().positive();

export const ClusterInput = z.object({
  name: requiredText('Tên cụm thi đua'),
  shortName: text('Tên viết tắt', 100).default(''),
  note: text('Ghi chú', 2000).default(''),
});
export const Cluster = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  note: z.string(),
  memberCount: z.number().int(),
});
export type Cluster = z.infer<typeof Cluster>;

export const MemberInput = z
  .object({
    clusterId: Id,
    code: requiredText('Mã thành viên', 20),
    shortName: requiredText('Tên ngắn', 100),
    officialName: requiredText('Tên chính thức', 300),
    validFrom: isoDate('Tham gia từ ngày').default(null),
    validTo: isoDate('Đến ngày').default(null),
  })
  .refine((m) => !m.validFrom || !m.validTo || m.validTo >= m.validFrom, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu.',
    path: ['validTo'],
  });
export const Member = z.object({
  id: Id,
  clusterId: Id,
  code: z.string(),
  shortName: z.string(),
  officialName: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  position: z.number().int(),
});
export type Member = z.infer<typeof Member>;

export const conferenceKinds = ['so_ket_6_thang', 'tong_ket_nam', 'ky_ket_giao_uoc', 'khac'] as const;
export const ConferenceKind = z.enum(conferenceKinds, { error: 'Loại hội nghị không hợp lệ.' });
export type ConferenceKind = z.infer<typeof ConferenceKind>;

export const ConferenceInput = z.object({
  clusterId: Id,
  title: requiredText('Tên hội nghị', 300),
  kind: ConferenceKind,
  year: z
    .number({ error: 'Năm phải là số.' })
    .int('Năm phải là số nguyên.')
    .min(2000, 'Năm phải từ 2000 trở đi.')
    .max(2100, 'Năm không quá 2100.'),
  period: text('Kỳ', 200).default(''),
  date: isoDate('Ngày họp').default(null),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Giờ bắt đầu phải có dạng HH:MM, ví dụ 08:00.')
    .nullable()
    .default(null),
  venue: text('Địa điểm', 300).default(''),
  hostMemberId: Id.nullable().default(null),
  organizingBody: text('Cơ quan tổ chức', 300).default(''),
});
export const Conference = z.object({
  id: Id,
  clusterId: Id,
  clusterName: z.string(),
  title: z.string(),
  kind: ConferenceKind,
  year: z.number().int(),
  period: z.string(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  venue: z.string(),
  hostMemberId: Id.nullable(),
  hostMemberName: z.string().nullable(),
  organizingBody: z.string(),
  updatedAt: z.string(),
});
export type Conference = z.infer<typeof Conference>;

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  databasePath: z.string(),
});
