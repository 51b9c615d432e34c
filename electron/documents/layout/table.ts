/**
 * Lists as tables: fixed column widths (LibreOffice and Google Docs mis-size auto widths), the header row
 * repeated on every page, and rows that never split across a page break.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { styleIds } from './document.ts';
import { textWidth, type Orientation } from './page.ts';
import { textWidthTwips } from './textWidth.ts';

export interface Column {
  title: string;
  /** Relative width; the columns share the text width of the page in these proportions. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** One cell: plain text, or paragraphs the document builds itself (several lines, bold names…). */
export type CellContent = string | Paragraph[];

export interface DataTableOptions {
  columns: Column[];
  rows: CellContent[][];
  orientation?: Orientation;
}

const alignment = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;
/** The grid of every list, and the cell padding; longTable.ts writes the same values as XML. */
export const gridLine = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
export const cellMargin = 57;
const grid = {
  top: gridLine,
  bottom: gridLine,
  left: gridLine,
  right: gridLine,
  insideHorizontal: gridLine,
  insideVertical: gridLine,
};

/** The cell style's size: header titles are set in it, bold. */
const cellPt = 13;

/**
 * Column widths in twips that add up exactly to `total`, shared in proportion to the weights — but never narrower
 * than `minimums` (a column that would be is widened and the others give the width back in proportion).
 */
export function columnWidths(weights: number[], total: number, minimums: number[] = []): number[] {
  const floor = (i: number) => Math.min(minimums[i] ?? 0, total / weights.length);
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((s, i) => s + floor(i), 0);
    const sum = weights.reduce((s, w, i) => (fixed.has(i) ? s : s + w), 0);
    const short = weights.findIndex((w, i) => !fixed.has(i) && (w / sum) * free < floor(i));
    if (short < 0) {
      const widths = weights.map((w, i) => (fixed.has(i) ? floor(i) : (w / sum) * free)).map(Math.floor);
      widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
      return widths;
    }
    fixed.add(short);
  }
}

/** What a column needs so that no word of its bold title is broken across lines ("ST/T"). */
export function titleMinimums(columns: Column[]): number[] {
  return columns.map(
    (c) =>
      Math.max(...c.title.split(/\s+/u).map((word) => textWidthTwips(word, cellPt, true))) +
      2 * cellMargin +
      60,
  );
}

export function dataTable({ columns, rows, orientation = 'portrait' }: DataTableOptions): Table {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    textWidth(orientation),
    titleMinimums(columns),
  );
  const cell = (content: CellContent, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: cellMargin, right: cellMargin },
      children:
        typeof content === 'string'
          ? content.split('\n').map(
              (text) =>
                new Paragraph({
                  style: header ? styleIds.cellHeader : styleIds.cell,
                  alignment: header ? undefined : alignment[columns[index]!.align ?? 'left'],
                  children: [new TextRun(text)],
                }),
            )
          : content,
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: grid,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(c.title, i, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((content, i) => cell(content, i, false)) }),
      ),
    ],
  });
}
