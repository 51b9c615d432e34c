/**
 * Thông báo kết luận hội nghị: the chair's conclusions as a notice to the members. Printed only once the
 * secretary has typed the conclusions — a notice of conclusions nobody drew would be invented.
 */
import type { Document } from 'docx';
import { DomainError } from '../../../shared/api/result.ts';
import { formatLongDate } from '../../../shared/text/vietnamese.ts';
import { body, createDocument, officialSection } from '../layout/index.ts';
import { conclusionParagraphs } from '../conclusions.ts';
import type { PackData } from './data.ts';
import { chairs } from './minutes.ts';
import { capitalise, comrade, lowerFirst } from './parts.ts';

export function noticeMissing(data: PackData): string | null {
  if (conclusionParagraphs(data.conclusions).length === 0)
    return 'Chưa nhập kết luận của hội nghị: hãy nhập kết luận (mục "Kết luận" ở màn hình Tài liệu) trước khi in thông báo.';
  if (!data.conference.date) return 'Hội nghị chưa có ngày họp: hãy nhập ngày họp trước khi in thông báo.';
  return null;
}

export function buildNotice(data: PackData): Document {
  const missing = noticeMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const { conference } = data;
  const chair = chairs(data);
  const chairText = chair.map((d) => comrade(d)).join(' và ');
  const place = conference.venue ? `, tại ${conference.venue}` : '';
  const opening = capitalise(
    `${formatLongDate(conference.date!)}${place}, ${conference.clusterName} tổ chức ${lowerFirst(conference.title)}` +
      (chairText ? `. ${capitalise(chairText)} chủ trì hội nghị.` : '.'),
  );
  const lead = chair.length > 0 ? `đồng chí ${chair[0]!.fullName}` : 'chủ trì hội nghị';
  return createDocument({
    title: `Thông báo kết luận - ${conference.title}`,
    sections: [
      officialSection({
        particulars: data.particulars('thong_bao'),
        type: 'Thông báo',
        summary: `Kết luận của ${lead} tại ${conference.title}`,
        body: [
          body(opening),
          body(
            `Sau khi nghe báo cáo, tham luận và ý kiến phát biểu của các đại biểu, ${lead} kết luận như sau:`,
          ),
          ...conclusionParagraphs(data.conclusions).map((line) => body(line)),
          body(
            `${data.settings.issuingBody} thông báo để các đơn vị trong ${conference.clusterName} biết, thực hiện./.`,
          ),
        ],
      }),
    ],
  });
}
