/** Speeches (phát biểu, tham luận) and the list of those who asked to speak (đăng ký phát biểu). */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { count, multilineText, text } from './recordFields.ts';

export const speechKinds = ['khai_mac', 'bao_cao', 'tham_luan', 'chi_dao', 'ket_luan', 'khac'] as const;
export const SpeechKind = z.enum(speechKinds, { error: 'Loại phát biểu không hợp lệ.' });
export const speechKindLabels: Record<z.infer<typeof SpeechKind>, string> = {
  khai_mac: 'Khai mạc',
  bao_cao: 'Báo cáo',
  tham_luan: 'Tham luận',
  chi_dao: 'Phát biểu chỉ đạo',
  ket_luan: 'Kết luận',
  khac: 'Khác',
};

export const registrations = ['du_kien', 'dang_ky', 'chap_nhan', 'tu_choi'] as const;
export const Registration = z.enum(registrations, { error: 'Trạng thái đăng ký phát biểu không hợp lệ.' });
export const registrationLabels: Record<z.infer<typeof Registration>, string> = {
  du_kien: 'Theo chương trình',
  dang_ky: 'Đăng ký, chờ duyệt',
  chap_nhan: 'Được phát biểu',
  tu_choi: 'Không bố trí được',
};

const minutes = (label: string) => count(label, 600).nullable();

const fields = {
  /** A delegate of the conference; when the speaker is not known yet, speakerText says who ("Đại diện tỉnh Sơn La"). */
  speakerDelegateId: Id.nullable(),
  speakerText: text('Người phát biểu', 300),
  kind: SpeechKind,
  title: text('Tiêu đề', 500),
  agendaItemId: Id.nullable(),
  plannedMinutes: minutes('Thời lượng dự kiến (phút)'),
  actualMinutes: minutes('Thời lượng thực tế (phút)'),
  /** What the secretary types during the conference; the minutes are built from it. */
  summary: multilineText('Tóm tắt nội dung', 20_000),
  registration: Registration,
  note: text('Ghi chú', 1000),
};
export const SpeechFields = z.object(fields);
export const SpeechPatch = SpeechFields.partial().extend({ id: Id });
export const SpeechInput = SpeechFields.extend({
  speakerDelegateId: fields.speakerDelegateId.default(null),
  speakerText: fields.speakerText.default(''),
  kind: fields.kind.default('tham_luan'),
  title: fields.title.default(''),
  agendaItemId: fields.agendaItemId.default(null),
  plannedMinutes: fields.plannedMinutes.default(null),
  actualMinutes: fields.actualMinutes.default(null),
  summary: fields.summary.default(''),
  registration: fields.registration.default('du_kien'),
  note: fields.note.default(''),
});
export type SpeechInput = z.output<typeof SpeechInput>;

export const Speech = z.object({
  id: Id,
  conferenceId: Id,
  position: z.number().int(),
  speakerDelegateId: Id.nullable(),
  speakerText: z.string(),
  /** Name and title chain of the delegate, or the free text. */
  speakerLabel: z.string(),
  kind: SpeechKind,
  title: z.string(),
  agendaItemId: Id.nullable(),
  agendaItemContent: z.string().nullable(),
  plannedMinutes: z.number().int().nullable(),
  actualMinutes: z.number().int().nullable(),
  summary: z.string(),
  registration: Registration,
  /** When the request to speak was recorded (ISO timestamp), if it was one. */
  requestedAt: z.string().nullable(),
  note: z.string(),
  searchKey: z.string(),
  updatedAt: z.string(),
});
export type Speech = z.infer<typeof Speech>;

export const SpeechQuery = z.object({
  conferenceId: Id,
  query: text('Từ khóa', 200).default(''),
  registrations: z.array(Registration).default([]),
  kinds: z.array(SpeechKind).default([]),
});
