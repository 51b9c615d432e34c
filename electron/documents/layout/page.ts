/**
 * Page set-up of NĐ 30/2020/NĐ-CP, Phụ lục I: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm,
 * page numbers centred in the top margin from the second page on.
 */
import {
  AlignmentType,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';

/** Millimetres to twips, rounded up so a margin never falls below the minimum the decree sets. */
export const mm = (value: number): number => Math.ceil((value * 1440) / 25.4);

export const a4 = { width: 11906, height: 16838 } as const;

export type Orientation = 'portrait' | 'landscape';

/**
 * A landscape page is printed with its top at the portrait page's left edge ("đầu trang giấy là bên trái trang
 * giấy đứng"), so the binding margin of 30 mm becomes its top and the 15 mm one its bottom.
 */
export const margins: Record<Orientation, { top: number; right: number; bottom: number; left: number }> = {
  portrait: { top: mm(20), right: mm(15), bottom: mm(20), left: mm(30) },
  landscape: { top: mm(30), right: mm(20), bottom: mm(15), left: mm(20) },
};

/** Width of the text between the margins, in twips: what fixed table columns add up to. */
export function textWidth(orientation: Orientation): number {
  const m = margins[orientation];
  return (orientation === 'portrait' ? a4.width : a4.height) - m.left - m.right;
}

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

export interface SectionOptions {
  orientation?: Orientation;
  children: ISectionOptions['children'];
  /**
   * Restart page numbers at 1: each invitation of a mail merge is its own document. Numbers show from the
   * section's second page either way (a different first-page header, left empty).
   */
  restartNumbering?: boolean;
  /**
   * Leave out the header parts: Word and LibreOffice carry the previous section's over. A mail merge of 300
   * letters then writes 2 header parts instead of 600 (a third of its time).
   */
  inheritHeaders?: boolean;
}

export function section({
  orientation = 'portrait',
  children,
  restartNumbering = false,
  inheritHeaders = false,
}: SectionOptions): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: a4.width,
          height: a4.height,
          orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { ...margins[orientation], header: mm(10), footer: mm(10) },
        ...(restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    ...(inheritHeaders
      ? {}
      : { headers: { default: pageNumberHeader(), first: new Header({ children: [] }) } }),
    children: [sectionStart(), ...children],
  };
}

/**
 * LibreOffice loses a section's page size and numbering when the section opens with a table (as every
 * official document does: the header is one), so each section opens with an empty 1 pt paragraph.
 */
const sectionStart = () =>
  new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
