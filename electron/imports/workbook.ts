/** Reads a province's spreadsheet (.xlsx, .xls, .csv …) into sheets of decoded cells, or refuses it in one sentence. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DomainError } from '../../shared/api/result.ts';
import { readCsv } from './csvReader.ts';
import { readWithExceljs } from './exceljsReader.ts';
import { identifyFile, messages } from './fileChecks.ts';
import { importLimits, megabytes } from './limits.ts';
import { encodingLabel, type GridBuilder, type Workbook } from './grid.ts';
import { readWithSheetjs } from './sheetjsReader.ts';

export type { CellValue, MergeRange, Sheet, SheetRow, Workbook } from './grid.ts';
export { columnLetter } from './grid.ts';

/** Reads a spreadsheet from memory; `fileName` only helps tell a .csv from other text. */
export async function readWorkbookBuffer(data: Buffer, fileName: string): Promise<Workbook> {
  const format = identifyFile(data, fileName);
  let builder: GridBuilder;
  if (format === 'csv') builder = readCsv(data);
  else if (format === 'xlsx') {
    builder = await readWithExceljs(data).catch((error: unknown) => {
      if (error instanceof DomainError) throw error;
      // XML that is not well-formed ("3:1: text data outside of root node") is damage, not a dialect:
      // a lenient reader would return whatever part it could guess.
      if (error instanceof Error && /^\d+:\d+: /u.test(error.message))
        throw new DomainError('VALIDATION', messages.corrupt);
      // exceljs gives up on some valid packages (x:-prefixed XML, odd part names); SheetJS reads those.
      return readWithSheetjs(data);
    });
    if (builder.isEmpty) builder = await readWithSheetjs(data).catch(() => builder);
  } else builder = await readWithSheetjs(data);
  builder.finishSheet();
  if (builder.sheets.length === 0) throw new DomainError('VALIDATION', messages.corrupt);
  return { file: fileName, format, encoding: encodingLabel(builder.encodings), sheets: builder.sheets };
}

export async function readWorkbook(file: string): Promise<Workbook> {
  let data: Buffer;
  try {
    const { size } = await stat(file);
    // Checked before reading, so a huge file is never loaded.
    if (size > importLimits.fileBytes) throw new DomainError('VALIDATION', messages.tooBig(megabytes(size)));
    data = await readFile(file);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new DomainError('VALIDATION', `Không tìm thấy tệp "${basename(file)}".`);
    if (code === 'EISDIR')
      throw new DomainError('VALIDATION', `"${basename(file)}" là một thư mục, không phải tệp.`);
    throw new DomainError(
      'VALIDATION',
      `Không đọc được tệp "${basename(file)}"; hãy kiểm tra tệp có đang mở ở nơi khác.`,
    );
  }
  return readWorkbookBuffer(data, basename(file));
}
