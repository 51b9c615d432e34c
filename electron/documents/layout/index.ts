/** The one layout module for documents under Nghị định 30/2020/NĐ-CP: every document is built from these. */
export { createDocument, toBuffer, font, bodySize, halfPoints, points, styleIds } from './document.ts';
export { a4, margins, mm, section, textWidth, type Orientation } from './page.ts';
export {
  documentHeader,
  numberLine,
  placeDateLine,
  upper,
  nationalName,
  motto,
  type HeaderParticulars,
} from './header.ts';
export { documentTitle } from './title.ts';
export { body, labelled, type Run } from './body.ts';
export {
  closingBlock,
  signaturePair,
  signatureParagraphs,
  recipientParagraphs,
  captionedImage,
  type Signer,
} from './signature.ts';
export { dataTable, columnWidths, type Column, type CellContent } from './table.ts';
export {
  longTable,
  longTableXml,
  packWithLongTables,
  xmlText,
  type LongCell,
  type LongTable,
  type TextCell,
} from './longTable.ts';
export { centredRule } from './rules.ts';
export { textWidthTwips } from './textWidth.ts';
export { officialSection, type OfficialParts } from './official.ts';
