/** The agenda (chương trình): items whose times follow from the conference start and the durations. */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { clockTime, count, requiredText, text } from './recordFields.ts';

export const agendaKinds = [
  'don_tiep',
  'khai_mac',
  'bao_cao',
  'tham_luan',
  'phat_bieu_chi_dao',
  'khen_thuong',
  'nghi_giai_lao',
  'be_mac',
  'khac',
] as const;
export const AgendaKind = z.enum(agendaKinds, { error: 'Loại mục chương trình không hợp lệ.' });
export type AgendaKind = z.infer<typeof AgendaKind>;

export const agendaKindLabels: Record<AgendaKind, string> = {
  don_tiep: 'Đón tiếp',
  khai_mac: 'Khai mạc',
  bao_cao: 'Báo cáo',
  tham_luan: 'Tham luận',
  phat_bieu_chi_dao: 'Phát biểu chỉ đạo',
  khen_thuong: 'Khen thưởng',
  nghi_giai_lao: 'Nghỉ giải lao',
  be_mac: 'Bế mạc',
  khac: 'Khác',
};

const fields = {
  content: requiredText('Nội dung', 1000),
  durationMinutes: count('Thời lượng (phút)', 1440),
  kind: AgendaKind,
  presenterDelegateId: Id.nullable(),
  presenterText: text('Người thực hiện', 300),
  note: text('Ghi chú', 1000),
};
export const AgendaItemFields = z.object(fields);
export const AgendaItemPatch = AgendaItemFields.partial().extend({ id: Id });
export const AgendaItemInput = AgendaItemFields.extend({
  kind: fields.kind.default('khac'),
  presenterDelegateId: fields.presenterDelegateId.default(null),
  presenterText: fields.presenterText.default(''),
  note: fields.note.default(''),
});
export type AgendaItemInput = z.output<typeof AgendaItemInput>;

export const AgendaItem = z.object({
  id: Id,
  conferenceId: Id,
  /** 0-based place in the agenda. */
  position: z.number().int(),
  content: z.string(),
  durationMinutes: z.number().int(),
  kind: AgendaKind,
  presenterDelegateId: Id.nullable(),
  presenterText: z.string(),
  /** Who presents, as the agenda's "Người thực hiện" column shows it: the delegate's name and titles, or the text. */
  presenterLabel: z.string(),
  note: z.string(),
  /** Computed from the conference start and the durations before it; null until the start time is set. */
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  /** Ends after the planned end of the conference. */
  overrun: z.boolean(),
  searchKey: z.string(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AgendaList = z.object({
  conferenceId: Id,
  startTime: z.string().nullable(),
  plannedEndTime: z.string().nullable(),
  endTime: z.string().nullable(),
  totalMinutes: z.number().int(),
  overrunMinutes: z.number().int(),
  /** One Vietnamese sentence when the agenda runs past the planned end (or cannot be timed); else null. */
  warning: z.string().nullable(),
  items: z.array(AgendaItem),
});
export type AgendaList = z.infer<typeof AgendaList>;

export const AgendaTimes = z.object({
  conferenceId: Id,
  startTime: clockTime('Giờ bắt đầu').optional(),
  plannedEndTime: clockTime('Giờ kết thúc dự kiến').optional(),
});
