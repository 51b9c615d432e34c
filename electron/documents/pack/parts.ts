/**
 * Pieces the pack's documents share, all built from the layout module: the heading of an unnumbered list
 * (issuing body at the top left, the title centred), group rows of lists ("I | ĐOÀN TỈNH LÀO CAI"), section
 * headings of reports and the clerk's placeholders.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentSettings } from '../../../shared/api/methods/documents.ts';
import {
  centredRule,
  documentTitle,
  halfPoints,
  points,
  styleIds,
  textWidthTwips,
  upper,
  type Orientation,
} from '../layout/index.ts';

const leftWidth = 4200;

const centred = (text: string, bold: boolean) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, bold, size: halfPoints(12) })],
  });

/**
 * Lists, scripts and name-card sheets carry no number or signature: the issuing body at the top left (as in
 * the official header, with its short rule) and the title, so a loose page still says whose it is.
 */
export function listHeading(
  settings: Pick<DocumentSettings, 'parentBody' | 'issuingBody'>,
  title: string,
  summary: string,
  orientation: Orientation = 'portrait',
): (Paragraph | Table)[] {
  const inner = leftWidth - 56;
  const issuing = upper(settings.issuingBody);
  const body = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: leftWidth, type: WidthType.DXA },
    columnWidths: [leftWidth],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftWidth, type: WidthType.DXA },
            margins: { left: 28, right: 28 },
            children: [
              ...(settings.parentBody ? [centred(upper(settings.parentBody), false)] : []),
              centred(issuing, true),
              centredRule(Math.round(Math.min(textWidthTwips(issuing, 12, true), inner) * 0.4), inner),
            ],
          }),
        ],
      }),
    ],
  });
  return [body, ...documentTitle(title, summary, orientation)];
}

/** A cell's paragraphs in the table style, bold or not; "\n" starts a new paragraph. */
export function cellText(
  text: string,
  options: { bold?: boolean; italics?: boolean; center?: boolean } = {},
) {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        style: styleIds.cell,
        alignment: options.center ? AlignmentType.CENTER : undefined,
        children: [new TextRun({ text: line, bold: options.bold, italics: options.italics })],
      }),
  );
}

export { romanNumeral as roman } from '../../../shared/text/vietnamese.ts';

/** A group row of a list: the number in the first column and the group's name, bold, in the second. */
export function groupRow(number: string, name: string, columns: number): Paragraph[][] {
  return [
    cellText(number, { bold: true, center: true }),
    cellText(name, { bold: true }),
    ...Array.from({ length: columns - 2 }, () => [new Paragraph({ style: styleIds.cell })]),
  ];
}

/** "I. KẾT QUẢ …", "1. Công tác …": bold, no first-line indent, a little air above. */
export function heading(text: string): Paragraph {
  return new Paragraph({
    style: styleIds.body,
    spacing: { before: points(6) },
    children: [new TextRun({ text, bold: true })],
  });
}

/**
 * What the clerk still has to write, said plainly and highlighted so it cannot be printed by mistake
 * unnoticed: "[Thư ký bổ sung: …]". The draft never makes up what the data does not hold.
 */
export function placeholder(what: string): Paragraph {
  return new Paragraph({
    style: styleIds.body,
    children: [new TextRun({ text: `[Thư ký bổ sung: ${what}]`, italics: true, highlight: 'yellow' })],
  });
}

/** "08:00" → "08h00", the way programmes and scripts write times. */
export function clock(time: string | null): string {
  return time ? time.replace(':', 'h') : '';
}

/** "08:00" → "08 giờ 00 phút". */
export function clockWords(time: string): string {
  const [h, m] = time.split(':');
  return `${h} giờ ${m} phút`;
}

/** A person as introduced: "đồng chí Hà Thị Nga, Ủy viên Trung ương Đảng, Chủ tịch …". */
export function comrade(person: { fullName: string; positionLines: string[] }): string {
  return ['đồng chí ' + person.fullName, ...person.positionLines].join(', ');
}

export const capitalise = (text: string): string =>
  text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text;
export const lowerFirst = (text: string): string =>
  text ? text[0]!.toLocaleLowerCase('vi') + text.slice(1) : text;

/** Characters Windows refuses in file names. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/gu, '-').trim();
}
