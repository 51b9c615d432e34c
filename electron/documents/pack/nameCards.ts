/**
 * Bảng tên (desk name cards): one A4 landscape page per delegate, folded along the dashed line across the
 * middle into a tent. Both halves carry the name large with the title beneath: the lower half faces the room,
 * the upper half is printed upside down so it reads right from the other side. Each card is its own section,
 * so no page number is printed on any of them.
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
import { upsideDown, type TurnedLine } from '../layout/turned.ts';
import type { PackData } from './data.ts';

const nameMaxPt = 60;
const nameMinPt = 32;
const titlePt = 22;
// The section's 1 pt opening paragraph (see layout/page.ts) sits above the card and pushes it down by that much.
const sectionStartHeight = 20;

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

/** The name large, the titles beneath: what each face of the card says. */
function faceLines(d: Delegate): TurnedLine[] {
  return [
    { text: d.fullName, sizePt: nameSize(d.fullName), bold: true },
    ...d.positionLines
      .slice(0, 3)
      .map((t, i) => ({ text: t, sizePt: titlePt, spaceBeforePt: i === 0 ? 12 : 0 })),
  ];
}

const upright = (lines: TurnedLine[]): Paragraph[] =>
  lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: points(line.spaceBeforePt ?? 0) },
        children: [new TextRun({ text: line.text, bold: line.bold, size: halfPoints(line.sizePt) })],
      }),
  );

/**
 * Both halves are as tall as the space above the fold, so the two faces sit at the same distance from it and
 * each reads right when the card stands: the lower half facing the room, the upper half turned 180° facing the
 * presidium's table.
 */
export function cardHalfHeight(): number {
  return Math.round(a4.width / 2) - margins.landscape.top - sectionStartHeight;
}

function card(d: Delegate): Table {
  const width = textWidth('landscape');
  const half = cardHalfHeight();
  const cell = (children: Paragraph[], fold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      borders: fold ? { bottom: { style: BorderStyle.DASHED, size: 4, color: '808080' } } : undefined,
      children,
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        height: { value: half, rule: HeightRule.EXACT },
        children: [cell(upsideDown(faceLines(d)), true)],
      }),
      new TableRow({
        height: { value: half, rule: HeightRule.EXACT },
        children: [cell(upright(faceLines(d)), false)],
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
