/** The file of an import, from a path or from dropped bytes, read through the capped parse worker. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DomainError } from '../../shared/api/result.ts';
import { messages } from '../imports/fileChecks.ts';
import { importLimits, megabytes } from '../imports/limits.ts';
import type { Workbook } from '../imports/workbook.ts';
import { readWorkbookInWorker } from '../imports/worker/readInWorker.ts';

export type ImportSource = string | { name: string; base64: string };

export interface ReadSource {
  name: string;
  sha256: string;
  workbook: Workbook;
}

async function bytesOf(source: ImportSource): Promise<{ name: string; data: Buffer }> {
  if (typeof source !== 'string') {
    const data = Buffer.from(source.base64, 'base64');
    if (data.length > importLimits.fileBytes)
      throw new DomainError('VALIDATION', messages.tooBig(megabytes(data.length)));
    return { name: basename(source.name), data };
  }
  const file = resolve(source);
  const name = basename(file);
  try {
    // Checked before reading, so a huge file is never loaded.
    const { size } = await stat(file);
    if (size > importLimits.fileBytes) throw new DomainError('VALIDATION', messages.tooBig(megabytes(size)));
    return { name, data: await readFile(file) };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new DomainError('VALIDATION', `Không tìm thấy tệp "${name}".`);
    if (code === 'EISDIR') throw new DomainError('VALIDATION', `"${name}" là một thư mục, không phải tệp.`);
    throw new DomainError(
      'VALIDATION',
      `Không đọc được tệp "${name}"; hãy kiểm tra tệp có đang mở ở nơi khác.`,
    );
  }
}

export async function readSource(source: ImportSource): Promise<ReadSource> {
  const { name, data } = await bytesOf(source);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return { name, sha256, workbook: await readWorkbookInWorker(data, name) };
}
