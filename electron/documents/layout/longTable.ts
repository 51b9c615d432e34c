/**
 * Long lists (thousands of rows) written as WordprocessingML directly: the docx object model costs about
 * half a millisecond and several kilobytes of garbage per cell, so a 7,000-row award list spent seconds there.
 * The XML is the same, byte for byte, as `dataTable` writes for the same cells (fixed widths, header row
 * repeated on every page, rows that never split, the same styles), so both paths look alike in every reader.
 *
 * The document is built by the docx library with a placeholder paragraph where each long table goes; after
 * packing, the placeholder is swapped for the table's XML in word/document.xml.
 */
import { randomUUID } from 'node:crypto';
import { Paragraph, TextRun, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { styleIds, toBuffer } from './document.ts';
import { textWidth, type Orientation } from './page.ts';
import { cellMargin, columnWidths, gridLine, titleMinimums, type Column } from './table.ts';
import { zipParts } from './zipParts.ts';

/** A cell as data: its text ("\n" starts a new paragraph) and how it is set. */
export interface TextCell {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** Left unset, the paragraph follows the cell style (left). */
  align?: 'left' | 'center' | 'right';
}

/** Plain text takes its column's alignment, as in `dataTable`. */
export type LongCell = string | TextCell;

export interface LongTableOptions {
  columns: Column[];
  rows: LongCell[][];
  orientation?: Orientation;
}

export interface LongTable {
  /** Goes into the section where the table belongs. */
  placeholder: Paragraph;
  token: string;
  xml: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for an element or attribute: the five markup characters escaped as docx escapes them, and every
 * character XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
export function xmlText(text: string): string {
  return text.replace(
    // With the u flag a surrogate pair is one character, so the surrogate range matches lone halves only.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML forbids them
    /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu,
    (c) => escapes[c] ?? '',
  );
}

const runProps = (cell: TextCell) =>
  cell.bold || cell.italics
    ? `<w:rPr>${cell.bold ? '<w:b/><w:bCs/>' : ''}${cell.italics ? '<w:i/><w:iCs/>' : ''}</w:rPr>`
    : '';

function paragraphs(cell: TextCell, style: string): string {
  const props = `<w:pPr><w:pStyle w:val="${style}"/>${cell.align ? `<w:jc w:val="${cell.align}"/>` : ''}</w:pPr>`;
  const run = runProps(cell);
  let xml = '';
  for (const line of cell.text.split('\n')) {
    xml += `<w:p>${props}<w:r>${run}<w:t xml:space="preserve">${xmlText(line)}</w:t></w:r></w:p>`;
  }
  return xml;
}

const border = (side: string) =>
  `<w:${side} w:val="${gridLine.style}" w:color="${gridLine.color}" w:sz="${gridLine.size}"/>`;

/** The `<w:tbl>` of a list: the same XML `dataTable` writes, built as one string. */
export function longTableXml({ columns, rows, orientation = 'portrait' }: LongTableOptions): string {
  const widths = columnWidths(
    columns.map((c) => c.weight),
    textWidth(orientation),
    titleMinimums(columns),
  );
  const cellStart = (width: number, vAlign: 'center' | 'top') =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcMar><w:left w:type="dxa" w:w="${cellMargin}"/>` +
    `<w:right w:type="dxa" w:w="${cellMargin}"/></w:tcMar><w:vAlign w:val="${vAlign}"/></w:tcPr>`;
  const headerStarts = widths.map((w) => cellStart(w, 'center'));
  const bodyStarts = widths.map((w) => cellStart(w, 'top'));
  const total = widths.reduce((a, b) => a + b, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>`,
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join(''),
    '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>',
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join(''),
    '</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
  ];
  columns.forEach((c, i) => {
    parts.push(headerStarts[i]!, paragraphs({ text: c.title }, styleIds.cellHeader), '</w:tc>');
  });
  parts.push('</w:tr>');
  for (const row of rows) {
    let xml = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    row.forEach((cell, i) => {
      const content: TextCell =
        typeof cell === 'string' ? { text: cell, align: columns[i]!.align ?? 'left' } : cell;
      xml += bodyStarts[i]! + paragraphs(content, styleIds.cell) + '</w:tc>';
    });
    parts.push(xml + '</w:tr>');
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

/** A long table to place in a section: its placeholder paragraph, swapped for the XML when packing. */
export function longTable(options: LongTableOptions): LongTable {
  const token = `thuky-long-table-${randomUUID()}`;
  return {
    token,
    placeholder: new Paragraph({ children: [new TextRun(token)] }),
    xml: longTableXml(options),
  };
}

/** Packs the document with each long table in place of its placeholder. */
export async function packWithLongTables(document: Document, tables: LongTable[]): Promise<Buffer> {
  const files = unzipSync(await toBuffer(document));
  const part = 'word/document.xml';
  let xml = strFromU8(files[part]!);
  for (const table of tables) {
    const placeholder = `<w:p><w:r><w:t xml:space="preserve">${table.token}</w:t></w:r></w:p>`;
    const at = xml.indexOf(placeholder);
    // A programming error, not the clerk's: the table was not put in the document it is packed with.
    if (at < 0) throw new Error(`Long table placeholder ${table.token} is not in the document`);
    xml = xml.slice(0, at) + table.xml + xml.slice(at + placeholder.length);
  }
  // Node's encoder: fflate's strToU8 is written in JavaScript and took longer than the deflate.
  files[part] = Buffer.from(xml, 'utf8');
  return zipParts(Object.entries(files));
}
