/** The document type (GIẤY MỜI, BÁO CÁO…) and its summary, centred, with a short rule under the summary. */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { points } from './document.ts';
import { upper } from './header.ts';
import { textWidth, type Orientation } from './page.ts';
import { centredRule } from './rules.ts';
import { textWidthTwips } from './textWidth.ts';

const titleSizePt = 14;

export function documentTitle(
  type: string,
  summary: string,
  orientation: Orientation = 'portrait',
): Paragraph[] {
  const available = textWidth(orientation);
  const centred = (text: string, before: number) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: points(before) },
      children: [new TextRun({ text, bold: true })],
    });
  const paragraphs = [centred(upper(type), 18)];
  if (summary) paragraphs.push(centred(summary, 0));
  // NĐ 30: a third to a half of the summary's line (of the type's, when there is no summary).
  const longest = Math.min(textWidthTwips(summary || upper(type), titleSizePt, true), available);
  paragraphs.push(centredRule(Math.round(longest * 0.4), available));
  paragraphs.push(new Paragraph({ spacing: { after: points(6) }, children: [] }));
  return paragraphs;
}
