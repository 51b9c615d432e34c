/**
 * The document shell: Times New Roman and the body size set once in the default styles (setting the font on
 * every run doubles the time and memory of a long list), and the few paragraph styles every document uses.
 */
import { AlignmentType, Document, LineRuleType, Packer, type ISectionOptions } from 'docx';

export const font = 'Times New Roman';
/** Body text, 13–14 pt (NĐ 30); docx sizes are half-points. */
export const bodySize = 14;
export const halfPoints = (pt: number): number => pt * 2;
/** 1/20 pt: paragraph spacing and indents. */
export const points = (pt: number): number => pt * 20;

export const styleIds = {
  body: 'ThuKyBody',
  cell: 'ThuKyCell',
  cellHeader: 'ThuKyCellHeader',
} as const;

export interface DocumentOptions {
  title: string;
  sections: ISectionOptions[];
}

export function createDocument({ title, sections }: DocumentOptions): Document {
  return new Document({
    creator: 'Thư ký Hội nghị',
    title,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(bodySize), color: '000000', language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [
        {
          id: styleIds.body,
          name: 'Văn bản',
          basedOn: 'Normal',
          next: styleIds.body,
          quickFormat: true,
          paragraph: {
            alignment: AlignmentType.JUSTIFIED,
            // 1,27 cm first-line indent, 6 pt after, 1,15 lines: inside the decree's ranges.
            indent: { firstLine: 720 },
            spacing: { before: 0, after: points(6), line: 276, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: styleIds.cell,
          name: 'Ô bảng',
          basedOn: 'Normal',
          paragraph: { spacing: { before: points(3), after: points(3) } },
          run: { size: halfPoints(13) },
        },
        {
          id: styleIds.cellHeader,
          name: 'Tiêu đề cột',
          basedOn: styleIds.cell,
          paragraph: { alignment: AlignmentType.CENTER },
          run: { bold: true },
        },
      ],
    },
    sections,
  });
}

export function toBuffer(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}
