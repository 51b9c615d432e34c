/** Danh sách phát biểu, tham luận: the speaking order with who, what, and the minutes planned. */
import type { Document } from 'docx';
import { speechKindLabels } from '../../../shared/api/schemas/speeches.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { createDocument, dataTable, section } from '../layout/index.ts';
import type { PackData } from './data.ts';
import { cellText, listHeading } from './parts.ts';

const listed = (data: PackData) => data.speeches.filter((s) => s.registration !== 'tu_choi');

export function speechesMissing(data: PackData): string | null {
  return listed(data).length === 0
    ? 'Chưa có bài phát biểu, tham luận nào: hãy nhập danh sách phát biểu trước.'
    : null;
}

export function buildSpeechList(data: PackData): Document {
  const missing = speechesMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const rows = listed(data).map((s, i) => {
    const speaker = s.speakerDelegateId !== null ? `Đồng chí ${s.speakerLabel}` : s.speakerLabel;
    return [
      String(i + 1),
      speaker,
      cellText([speechKindLabels[s.kind], s.title].filter(Boolean).join(': ')),
      s.plannedMinutes === null ? '' : String(s.plannedMinutes),
      s.registration === 'dang_ky' ? 'Chờ duyệt' : s.note,
    ];
  });
  return createDocument({
    title: `Danh sách phát biểu, tham luận - ${data.conference.title}`,
    sections: [
      section({
        children: [
          ...listHeading(data.settings, 'Danh sách phát biểu, tham luận', data.conference.title),
          dataTable({
            columns: [
              { title: 'STT', weight: 1, align: 'center' },
              { title: 'Người phát biểu', weight: 5 },
              { title: 'Nội dung', weight: 5 },
              { title: 'Thời lượng (phút)', weight: 1.8, align: 'center' },
              { title: 'Ghi chú', weight: 2 },
            ],
            rows,
          }),
        ],
      }),
    ],
  });
}
