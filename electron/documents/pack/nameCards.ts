/**
 * Bảng tên (desk name cards): one A4 landscape page per delegate, folded along the dashed line across the
 * middle into a tent; the lower half faces the room with the name large and the title beneath. Each card is
 * its own section, so no page number is printed on any of them.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type Document,
} from 'docx';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { DomainError } from '../../../shared/api/result.ts';
import {
  a4,
  createDocument,
  halfPoints,
  margins,
  points,
  section,
  textWidth,
  textWidthTwips,
} from '../layout/index.ts';
import type { PackData } from './data.ts';

const nameMaxPt = 60;
const nameMinPt = 32;
const titlePt = 22;

/** The largest size up to 60 pt at which the name fits on one line. */
export function nameSize(name: string, width = textWidth('landscape') - 400): number {
  for (let pt = nameMaxPt; pt > nameMinPt; pt -= 2) if (textWidthTwips(name, pt, true) <= width) return pt;
  return nameMinPt;
}

export const carded = (data: PackData): Delegate[] =>
  data.delegates.filter((d) => d.role !== 'phuc_vu' && d.status !== 'vang');

export function nameCardsMissing(data: PackData): string | null {
  return carded(data).length === 0
    ? 'Chưa có đại biểu: hãy nhập danh sách đại biểu trước khi in bảng tên.'
    : null;
}

function card(d: Delegate): Table {
  const width = textWidth('landscape');
  const m = margins.landscape;
  // The fold runs across the middle of the sheet; the first row ends there.
  const upper = Math.round(a4.width / 2) - m.top;
  const lower = a4.width - m.top - m.bottom - upper - 300;
  const titles = d.positionLines.slice(0, 3);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        height: { value: upper, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            borders: { bottom: { style: BorderStyle.DASHED, size: 4, color: '808080' } },
            children: [new Paragraph({})],
          }),
        ],
      }),
      new TableRow({
        height: { value: lower, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: d.fullName, bold: true, size: halfPoints(nameSize(d.fullName)) }),
                ],
              }),
              ...titles.map(
                (t, i) =>
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    spacing: { before: i === 0 ? points(12) : 0 },
                    children: [new TextRun({ text: t, size: halfPoints(titlePt) })],
                  }),
              ),
            ],
          }),
        ],
      }),
    ],
  });
}

export function buildNameCards(data: PackData): Document {
  const missing = nameCardsMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  return createDocument({
    title: `Bảng tên - ${data.conference.title}`,
    sections: carded(data).map((d, index) =>
      section({
        orientation: 'landscape',
        children: [card(d)],
        restartNumbering: true,
        inheritHeaders: index > 0,
      }),
    ),
  });
}
