/** Header, title, body and closing put together: one official document (or one letter of a mail merge) as a section. */
import { Paragraph, Table, type ISectionOptions } from 'docx';
import type { DocumentParticulars } from '../../../shared/api/methods/documents.ts';
import { documentHeader } from './header.ts';
import { section } from './page.ts';
import { closingBlock } from './signature.ts';
import { documentTitle } from './title.ts';

export interface OfficialParts {
  particulars: DocumentParticulars;
  /** The document type, e.g. "Giấy mời"; printed upper case. */
  type: string;
  summary: string;
  body: (Paragraph | Table)[];
  /** Minutes (Mẫu 1.9) carry no place and date line in the header. */
  placeAndDate?: boolean;
  belowRecipients?: Paragraph[];
  restartNumbering?: boolean;
  /** For the second and later letters of a mail merge: see `section`. */
  inheritHeaders?: boolean;
}

export function officialSection(parts: OfficialParts): ISectionOptions {
  const p = parts.particulars;
  return section({
    restartNumbering: parts.restartNumbering ?? false,
    inheritHeaders: parts.inheritHeaders ?? false,
    children: [
      documentHeader(p, { placeAndDate: parts.placeAndDate ?? true }),
      ...documentTitle(parts.type, parts.summary),
      ...parts.body,
      // Two tables in a row are merged into one by Word and LibreOffice (a body ending in a list would lose
      // its grid to the borderless closing block): a paragraph keeps them apart.
      ...(parts.body.at(-1) instanceof Table ? [new Paragraph({})] : []),
      closingBlock({
        recipients: p.recipients,
        filingUnits: p.filingUnits,
        signer: { authority: p.signerAuthority, title: p.signerTitle, name: p.signerName },
        belowRecipients: parts.belowRecipients,
      }),
    ],
  });
}
