/**
 * The end of a document: "Nơi nhận" on the left (12 pt bold italic, its list 11 pt, ending "- Lưu: VT, …")
 * and the signature block on the right (authority and title upper case bold, room to sign, the name bold).
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
  type ImageRun,
} from 'docx';
import { halfPoints, points } from './document.ts';
import { upper } from './header.ts';
import { textWidth } from './page.ts';

export interface Signer {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. TRƯỞNG BAN", or "" when the head signs in their own name. */
  authority: string;
  title: string;
  name: string;
}

const leftShare = 0.45;
// About 3 cm of blank lines: room for the signature and the seal.
const signatureSpace = 5;

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { left: 28, right: 28 }, children });

const boldCentred = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: upper(text), bold: true })],
  });

export function signatureParagraphs(signer: Signer): Paragraph[] {
  const lines = [signer.authority, signer.title].filter(Boolean).map(boldCentred);
  const space = Array.from({ length: signatureSpace }, () => new Paragraph({ children: [] }));
  const name = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: signer.name, bold: true })],
  });
  return [...lines, ...space, name];
}

/** "- Như trên;" … "- Lưu: VT, TĐKT." */
export function recipientParagraphs(recipients: string[], filingUnits: string): Paragraph[] {
  const item = (text: string) => new Paragraph({ children: [new TextRun({ text, size: halfPoints(11) })] });
  return [
    new Paragraph({
      children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: halfPoints(12) })],
    }),
    ...recipients.map((r) => item(`- ${r.replace(/[;.]$/u, '')};`)),
    item(`- Lưu: ${filingUnits.replace(/\.$/u, '')}.`),
  ];
}

export interface ClosingOptions {
  recipients: string[];
  filingUnits: string;
  signer: Signer;
  /** Anything printed under "Nơi nhận", such as an invitation's check-in code. */
  belowRecipients?: Paragraph[];
}

export function closingBlock(o: ClosingOptions): Table {
  const total = textWidth('portrait');
  const left = Math.round(total * leftShare);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, total - left],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            new Paragraph({ spacing: { before: points(6) }, children: [] }),
            ...recipientParagraphs(o.recipients, o.filingUnits),
            ...(o.belowRecipients ?? []),
          ]),
          cell(total - left, [
            new Paragraph({ spacing: { before: points(6) }, children: [] }),
            ...signatureParagraphs(o.signer),
          ]),
        ],
      }),
    ],
  });
}

/** Minutes: THƯ KÝ signs on the left, CHỦ TỌA on the right, side by side. */
export function signaturePair(left: Signer, right: Signer): Table {
  const total = textWidth('portrait');
  const half = Math.round(total / 2);
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [half, total - half],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(half, signatureParagraphs(left)), cell(total - half, signatureParagraphs(right))],
      }),
    ],
  });
}

/** A centred image with a caption under it, for the cell under "Nơi nhận". */
export function captionedImage(image: ImageRun, caption: string): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: points(12) }, children: [image] }),
    new Paragraph({ children: [new TextRun({ text: caption, size: halfPoints(10) })] }),
  ];
}
