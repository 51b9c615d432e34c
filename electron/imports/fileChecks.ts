/**
 * What a file really is, checked from its bytes before any parser sees it: a zip (xlsx/ods), a compound file
 * (xls, or an encrypted xlsx), an old BIFF2–4 .xls, an HTML/XML table saved as .xls, or text (csv). Zips are
 * checked entry by entry — the sizes the central directory declares, then the real inflated sizes, with
 * bounded memory — so a zip bomb is refused before exceljs or SheetJS would inflate it; every XML part (and an
 * XML table saved as .xls) is scanned for how deeply it nests, so a part nested past any real file's depth is
 * refused before a parser's stack meets it.
 */
import zlib from 'node:zlib';
import { XLSX } from './sheetjs.ts';
import { DomainError } from '../../shared/api/result.ts';
import { importLimits, megabytes } from './limits.ts';
import { nestsDeeperThan } from './xmlDepth.ts';

export type FileKind = 'xlsx' | 'ods' | 'xls' | 'markup' | 'csv';

const refuse = (message: string) => new DomainError('VALIDATION', message);

export const messages = {
  notSpreadsheet:
    'Tệp không phải bảng tính Excel (.xlsx, .xls) hay CSV; hãy mở bằng Excel và lưu lại dạng .xlsx.',
  corrupt:
    'Tệp bảng tính bị hỏng hoặc không trọn vẹn; hãy xin đơn vị gửi lại tệp hoặc mở bằng Excel và lưu lại.',
  encrypted: 'Tệp được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại trước khi nhập.',
  word: 'Tệp là văn bản Word đổi đuôi thành bảng tính; hãy chép danh sách sang Excel và lưu dạng .xlsx.',
  tooDeep: (part: string, levels: number) =>
    `Tệp bảng tính có phần "${part}" lồng nhau quá ${levels} tầng, không phải tệp Excel bình thường; hãy mở bằng Excel và lưu lại dạng .xlsx rồi nhập lại.`,
  tooBig: (what: string) =>
    `Tệp quá lớn để nhập (${what}); hãy tách danh sách thành các tệp nhỏ hơn hoặc xóa các trang không cần.`,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory of a zip, read from its end record; null when there is none (not a zip, or cut short). */
function zipEntries(data: Buffer): ZipEntry[] | null {
  const searchFrom = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= searchFrom; i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (count > importLimits.zipEntries) throw refuse(messages.tooBig(`${count} phần trong tệp nén`));
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      size: data.readUInt32LE(offset + 24),
      localOffset: data.readUInt32LE(offset + 42),
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry with its output capped at what the directory declared: a lying size is caught here. */
function inflateEntry(data: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw refuse(messages.corrupt);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (compressed.length < entry.compressedSize) throw refuse(messages.corrupt);
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) throw refuse(messages.corrupt);
  try {
    return zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
      throw refuse(messages.tooBig('kích thước khai báo trong tệp nén không đúng'));
    throw refuse(messages.corrupt);
  }
}

const isXmlPart = (name: string) => /\.(?:xml|rels|vml)$/iu.test(name);

/** Refuses a zip whose parts would inflate beyond the limits, or that is not a spreadsheet package. */
function checkZip(data: Buffer): 'xlsx' | 'ods' {
  const entries = zipEntries(data);
  if (!entries) throw refuse(messages.corrupt);
  let total = 0;
  for (const entry of entries) {
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw refuse(messages.tooBig('tệp nén dạng ZIP64'));
    if (entry.size > importLimits.zipEntryBytes)
      throw refuse(messages.tooBig(`một phần giải nén ra ${megabytes(entry.size)}`));
    total += entry.size;
  }
  if (total > importLimits.zipTotalBytes) throw refuse(messages.tooBig(`giải nén ra ${megabytes(total)}`));
  // Declared sizes can lie: inflate each part, capped at its declared size, and drop the output at once.
  const contents = new Map<string, string>();
  for (const entry of entries) {
    const inflated = inflateEntry(data, entry);
    // Every XML part, not just sheets and strings: exceljs and SheetJS also parse rels, drawings and comments.
    if (isXmlPart(entry.name) && nestsDeeperThan(inflated, importLimits.xmlDepth))
      throw refuse(messages.tooDeep(entry.name, importLimits.xmlDepth));
    if (entry.name === '[Content_Types].xml' || entry.name === 'mimetype')
      contents.set(entry.name, inflated.toString('utf8'));
  }
  const types = contents.get('[Content_Types].xml') ?? '';
  if (/opendocument\.spreadsheet/u.test(contents.get('mimetype') ?? '')) return 'ods';
  if (/spreadsheetml/u.test(types)) return 'xlsx';
  if (/wordprocessingml/u.test(types) || entries.some((e) => e.name === 'word/document.xml'))
    throw refuse(messages.word);
  if (entries.some((e) => /^xl\/|(^|\/)workbook\.xml$/iu.test(e.name))) return 'xlsx';
  throw refuse(messages.notSpreadsheet);
}

/** A compound file: an encrypted OOXML package, or an .xls whose workbook stream must exist. */
function checkCompoundFile(data: Buffer): 'xls' {
  let container: ReturnType<typeof XLSX.CFB.read>;
  try {
    container = XLSX.CFB.read(data, { type: 'buffer' });
  } catch {
    throw refuse(messages.corrupt);
  }
  const names = container.FullPaths.map((path: string) =>
    path.replace(/\/$/u, '').split('/').pop()!.toLowerCase(),
  );
  if (names.includes('encryptioninfo') || names.includes('encryptedpackage'))
    throw refuse(messages.encrypted);
  if (names.includes('workbook') || names.includes('book')) return 'xls';
  if (names.includes('worddocument')) throw refuse(messages.word);
  throw refuse(messages.notSpreadsheet);
}

/** BIFF2–BIFF4 worksheets start with a BOF record: 0x0009, 0x0209 or 0x0409. */
const isOldBiff = (data: Buffer) =>
  data.length >= 8 && data[0] === 0x09 && (data[1] === 0x00 || data[1] === 0x02 || data[1] === 0x04);

export function identifyFile(data: Buffer, fileName: string): FileKind {
  if (data.length > importLimits.fileBytes) throw refuse(messages.tooBig(megabytes(data.length)));
  if (data.length === 0) throw refuse('Tệp rỗng, không có dữ liệu; hãy chọn đúng tệp danh sách.');
  if (data.readUInt16LE(0) === 0x4b50 && data.length >= 4) {
    const signature = data.readUInt32LE(0);
    if (signature === 0x04034b50 || signature === 0x06054b50) return checkZip(data);
  }
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0 && data.readUInt32BE(4) === 0xa1b11ae1)
    return checkCompoundFile(data);
  if (isOldBiff(data)) return 'xls';
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const head = data
    .subarray(0, 2048)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/u, '')
    .trimStart();
  if (extension !== 'csv' && extension !== 'txt' && /^<(?:\?xml|html|table|!doctype)/iu.test(head)) {
    if (
      /urn:schemas-microsoft-com:office:spreadsheet|<table/iu.test(data.subarray(0, 65536).toString('latin1'))
    ) {
      // HTML leaves tags open (<br>, <td>), so only XML can be measured by counting tags.
      if (/^<\?xml/iu.test(head) && nestsDeeperThan(data, importLimits.xmlDepth))
        throw refuse(messages.tooDeep(fileName, importLimits.xmlDepth));
      return 'markup';
    }
  }
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv';
  if (extension === 'xls' || extension === 'xlsx') throw refuse(messages.corrupt);
  throw refuse(messages.notSpreadsheet);
}
