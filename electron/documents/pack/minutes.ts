/**
 * Biên bản hội nghị (NĐ 30/2020, Mẫu 1.9): no place-and-date line in the header; time, place, composition with
 * attendance counts from the delegates' statuses, chair, secretary, the course of the meeting with each
 * speech's summary, the conclusions, the closing time; THƯ KÝ signs on the left, CHỦ TỌA on the right.
 */
import { Paragraph, type Document } from 'docx';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { speechKindLabels } from '../../../shared/api/schemas/speeches.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { formatLongDate } from '../../../shared/text/vietnamese.ts';
import {
  body,
  createDocument,
  documentHeader,
  documentTitle,
  labelled,
  points,
  recipientParagraphs,
  section,
  signaturePair,
} from '../layout/index.ts';
import { conclusionParagraphs } from '../conclusions.ts';
import type { PackData } from './data.ts';
import { delegationGroups } from './delegateList.ts';
import { clockWords, comrade, heading, lowerFirst, placeholder } from './parts.ts';

const attending = (d: Delegate) => d.role !== 'phuc_vu';

export interface Attendance {
  summoned: number;
  present: number;
  absent: number;
  unrecorded: number;
}

/** Counted from the statuses: "có mặt" present, "vắng" absent; invited or confirmed means not checked in yet. */
export function attendance(delegates: Delegate[]): Attendance {
  const people = delegates.filter(attending);
  const present = people.filter((d) => d.status === 'co_mat').length;
  const absent = people.filter((d) => d.status === 'vang').length;
  return { summoned: people.length, present, absent, unrecorded: people.length - present - absent };
}

export function attendanceSentence(a: Attendance): string {
  const parts = [
    `Tổng số đại biểu được triệu tập: ${a.summoned}; có mặt: ${a.present}; vắng mặt: ${a.absent}`,
  ];
  if (a.unrecorded > 0) parts.push(`chưa ghi nhận điểm danh: ${a.unrecorded}`);
  return `${parts.join('; ')}.`;
}

export function minutesMissing(data: PackData): string | null {
  if (!data.conference.date) return 'Hội nghị chưa có ngày họp: hãy nhập ngày họp trước khi lập biên bản.';
  if (data.delegates.length === 0) return 'Chưa có đại biểu: biên bản cần thành phần tham dự.';
  return null;
}

export const chairs = (data: PackData) =>
  data.delegates.filter((d) => d.role === 'chu_tri' || d.role === 'dong_chu_tri');

function composition(data: PackData): Paragraph[] {
  const lines = [labelled('Thành phần tham dự:', attendanceSentence(attendance(data.delegates)))];
  for (const group of delegationGroups({
    ...data,
    delegates: data.delegates.filter((d) => attending(d) && d.status !== 'vang'),
  })) {
    lines.push(body(`- ${group.name}: ${group.delegates.map((d) => comrade(d)).join('; ')}.`));
  }
  const absent = data.delegates.filter((d) => attending(d) && d.status === 'vang');
  if (absent.length > 0) {
    lines.push(
      body(
        `- Vắng mặt: ${absent.map((d) => `đồng chí ${d.fullName}${d.absenceReason ? ` (${lowerFirst(d.absenceReason)})` : ''}`).join('; ')}.`,
      ),
    );
  }
  return lines;
}

function course(data: PackData): Paragraph[] {
  const lines: Paragraph[] = [heading('Nội dung hội nghị:')];
  const speeches = data.speeches.filter((s) => s.registration !== 'tu_choi' && s.registration !== 'dang_ky');
  speeches.forEach((s, i) => {
    const who = s.speakerDelegateId !== null ? `Đồng chí ${s.speakerLabel}` : s.speakerLabel || 'Đại biểu';
    const what = lowerFirst(s.title || speechKindLabels[s.kind]);
    lines.push(body({ text: `${i + 1}. ${who}`, bold: true }, ` ${what}.`));
    const summary = s.summary
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter(Boolean);
    if (summary.length === 0) lines.push(placeholder('tóm tắt nội dung phát biểu.'));
    else lines.push(...summary.map((l) => body(l)));
  });
  if (speeches.length === 0)
    lines.push(placeholder('diễn biến hội nghị (chưa có bài phát biểu nào được ghi).'));
  lines.push(heading('Kết luận của hội nghị:'));
  const concluded = conclusionParagraphs(data.conclusions);
  if (concluded.length === 0) lines.push(placeholder('kết luận của chủ trì hội nghị.'));
  else lines.push(...concluded.map((l) => body(l)));
  return lines;
}

export function buildMinutes(data: PackData): Document {
  const missing = minutesMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const { conference } = data;
  const p = data.particulars('bien_ban');
  const start = conference.startTime ? `${clockWords(conference.startTime)}, ` : '';
  const end = data.endTime ?? data.agenda.endTime;
  const chair = chairs(data);
  const secretaries = data.delegates.filter((d) => d.role === 'thu_ky');
  const content: Paragraph[] = [
    labelled('Thời gian bắt đầu:', `${start}${formatLongDate(conference.date!)}.`),
    labelled('Địa điểm:', `${conference.venue || '…'}.`),
    ...composition(data),
    chair.length > 0
      ? labelled('Chủ trì:', `${chair.map((d) => comrade(d)).join('; ')}.`)
      : placeholder('chủ trì hội nghị.'),
    secretaries.length > 0
      ? labelled('Thư ký:', `${secretaries.map((d) => comrade(d)).join('; ')}.`)
      : placeholder('họ tên, chức vụ thư ký hội nghị.'),
    ...course(data),
    end
      ? body(`Hội nghị kết thúc vào ${clockWords(end)} cùng ngày./.`)
      : placeholder('giờ kết thúc: "Hội nghị kết thúc vào … giờ … phút cùng ngày./."'),
  ];
  const signer = (title: string, person: Delegate | undefined) => ({
    authority: '',
    title,
    name: person?.fullName ?? '',
  });
  return createDocument({
    title: `Biên bản - ${conference.title}`,
    sections: [
      section({
        children: [
          documentHeader(p, { placeAndDate: false }),
          ...documentTitle('Biên bản', conference.title),
          ...content,
          new Paragraph({ spacing: { before: points(6) } }),
          signaturePair(signer('Thư ký', secretaries[0]), signer('Chủ tọa', chair[0])),
          new Paragraph({ spacing: { before: points(6) } }),
          ...recipientParagraphs(p.recipients, p.filingUnits),
        ],
      }),
    ],
  });
}
