/**
 * The two-column header of NĐ 30/2020 as a borderless table: issuing body and number on the left, Quốc hiệu,
 * Tiêu ngữ and the place and date on the right. The number and the date sit in a second row so they line up
 * even when the issuing body runs to two lines.
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
import { formatLongDate } from '../../../shared/text/vietnamese.ts';
import { halfPoints, points } from './document.ts';
import { centredRule } from './rules.ts';
import { textWidthTwips } from './textWidth.ts';
import { textWidth } from './page.ts';

export const nationalName = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const motto = 'Độc lập - Tự do - Hạnh phúc';

const bodySizePt = 12;
const nationalNameSizePt = 12;
const mottoSizePt = 13;
const numberSizePt = 13;
const dateSizePt = 14;
const cellMargin = 28;

/** Left column wide enough for "BAN THI ĐUA - KHEN THƯỞNG" at 12 pt bold, the rest for the Quốc hiệu. */
const leftWidth = 3780;

export interface HeaderParticulars {
  parentBody: string;
  issuingBody: string;
  number: string;
  symbol: string;
  place: string;
  date: string | null;
  year: number;
}

export const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** "Số: 05/GM-BTĐKT" (numbers below 10 zero-padded); a blank number leaves room for the văn thư. */
export function numberLine(number: string, symbol: string): string {
  if (!number) return `Số:        /${symbol}`;
  return `Số: ${number.padStart(2, '0')}/${symbol}`;
}

/** "Cao Bằng, ngày 25 tháng 7 năm 2024"; day and month left blank when the date is written at signing. */
export function placeDateLine(place: string, date: string | null, year: number): string {
  return date ? `${place}, ${formatLongDate(date)}` : `${place}, ngày      tháng      năm ${year}`;
}

const line = (text: string, sizePt: number, style: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, size: halfPoints(sizePt), ...style })],
  });

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: cellMargin, right: cellMargin, top: 0, bottom: 0 },
    children,
  });

export function documentHeader(p: HeaderParticulars, options: { placeAndDate: boolean }): Table {
  const total = textWidth('portrait');
  const rightWidth = total - leftWidth;
  const leftInner = leftWidth - 2 * cellMargin;
  const rightInner = rightWidth - 2 * cellMargin;

  const issuing = upper(p.issuingBody);
  const issuingWidth = Math.min(textWidthTwips(issuing, bodySizePt, true), leftInner);
  const left = [
    ...(p.parentBody ? [line(upper(p.parentBody), bodySizePt)] : []),
    line(issuing, bodySizePt, { bold: true }),
    // NĐ 30: a rule a third to a half as long as the line above it.
    centredRule(Math.round(issuingWidth * 0.4), leftInner),
  ];
  const right = [
    line(nationalName, nationalNameSizePt, { bold: true }),
    line(motto, mottoSizePt, { bold: true }),
    centredRule(textWidthTwips(motto, mottoSizePt, true), rightInner),
  ];
  const spaced = (paragraph: string, sizePt: number, italics = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: points(6) },
      children: [new TextRun({ text: paragraph, size: halfPoints(sizePt), italics })],
    });

  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(leftWidth, left), cell(rightWidth, right)] }),
      new TableRow({
        children: [
          cell(leftWidth, [spaced(numberLine(p.number, p.symbol), numberSizePt)]),
          cell(rightWidth, [
            options.placeAndDate
              ? spaced(placeDateLine(p.place, p.date, p.year), dateSizePt, true)
              : new Paragraph({}),
          ]),
        ],
      }),
    ],
  });
}
