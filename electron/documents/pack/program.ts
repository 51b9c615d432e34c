/** Chương trình hội nghị: Thời gian | Nội dung | Người thực hiện, times computed from the start and durations. */
import type { Document } from 'docx';
import { DomainError } from '../../../shared/api/result.ts';
import { createDocument, dataTable, labelled, officialSection } from '../layout/index.ts';
import { invitationTime } from '../invitations.ts';
import type { PackData } from './data.ts';
import { cellText, clock } from './parts.ts';

export function programMissing(data: PackData): string | null {
  if (data.agenda.items.length === 0)
    return 'Chưa có chương trình: hãy nhập các mục chương trình hội nghị trước.';
  return null;
}

/** "Đồng chí Hoàng Xuân Ánh, Phó Bí thư Tỉnh ủy, …" for a delegate; the clerk's text as written otherwise. */
function presenter(label: string, isDelegate: boolean): string {
  return isDelegate && label ? `Đồng chí ${label}` : label;
}

export function buildProgram(data: PackData): Document {
  const missing = programMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const { conference } = data;
  const table = dataTable({
    columns: [
      { title: 'Thời gian', weight: 2.2, align: 'center' },
      { title: 'Nội dung', weight: 5 },
      { title: 'Người thực hiện', weight: 4 },
    ],
    rows: data.agenda.items.map((item) => [
      item.startTime ? `${clock(item.startTime)} - ${clock(item.endTime)}` : `${item.durationMinutes} phút`,
      cellText(item.content, { bold: item.kind === 'khai_mac' || item.kind === 'be_mac' }),
      presenter(item.presenterLabel, item.presenterDelegateId !== null),
    ]),
  });
  const intro = [
    ...(conference.date
      ? [labelled('Thời gian:', `${invitationTime(conference.date, conference.startTime)}.`)]
      : []),
    ...(conference.venue ? [labelled('Địa điểm:', `${conference.venue}.`)] : []),
  ];
  return createDocument({
    title: `Chương trình - ${conference.title}`,
    sections: [
      officialSection({
        particulars: data.particulars('chuong_trinh'),
        type: 'Chương trình',
        summary: conference.title,
        body: [...intro, table],
      }),
    ],
  });
}
