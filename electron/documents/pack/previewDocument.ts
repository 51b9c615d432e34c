/** The "see the first page before generating" of the Tài liệu screen: build the document, read its first page back. */
import type { Db } from '../../db/connection.ts';
import type { PackDocumentId, PackOptions } from '../../../shared/api/methods/documents.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { pack } from './catalogue.ts';
import { loadPackData, type PackData } from './data.ts';
import { previewFirstPage } from './preview.ts';
import { withListHeading } from '../particulars.ts';

// A first page shows a few dozen rows at most; building 7.000 to show 25 would keep the clerk waiting.
const previewRows = 60;
// Mail merges and name cards repeat one page per person: the first few people are the first page.
const perPerson = new Set<PackDocumentId>(['giay_moi_dai_bieu', 'bang_ten']);

export async function previewDocument(
  db: Db,
  conferenceId: number,
  document: PackDocumentId,
  options: PackOptions,
) {
  const loaded = loadPackData(db, conferenceId, options, { rowLimit: previewRows });
  const data: PackData = perPerson.has(document)
    ? { ...loaded, delegates: loaded.delegates.slice(0, 5) }
    : loaded;
  const missing = pack[document].missing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  // The Excel list holds the same rows, grouped the same way, as the Word list: its first page is shown.
  const source = document === 'danh_sach_khen_thuong_excel' ? 'danh_sach_khen_thuong' : document;
  const [first] = await pack[source].build(withListHeading(data, document), db);
  return { document, ...previewFirstPage(first!.data) };
}
