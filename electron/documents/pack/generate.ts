/**
 * Generating the pack: build the chosen documents from one read of the data and write each file atomically
 * into the folder, or hand the bytes back when there is no folder (browser mode).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { GeneratedFile, PackDocumentId, PackOptions } from '../../../shared/api/methods/documents.ts';
import { packDocumentIds } from '../../../shared/api/methods/documents.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import { buildPackDocument, pack } from './catalogue.ts';
import { loadPackData } from './data.ts';
import { safeFileName } from './parts.ts';

export type Generated = z.infer<typeof GeneratedFile>;

export interface PackRun {
  folder: string | null;
  files: Generated[];
  /** Documents left out of a whole-pack run, with the reason (only when `skipMissing`). */
  skipped: { document: PackDocumentId; reason: string }[];
}

export interface GenerateOptions {
  folder: string | null;
  /** Leave out documents the data cannot make yet instead of refusing (the whole pack from the CLI). */
  skipMissing?: boolean;
  onFile?: (file: Generated) => void;
}

export function packDocumentsInfo(db: Db, conferenceId: number, options: PackOptions) {
  const data = loadPackData(db, conferenceId, options, { rowLimit: 1 });
  return packDocumentIds.map((id) => {
    const e = pack[id];
    return {
      id,
      label: e.label,
      description: e.description,
      format: e.format,
      particularsKind: e.particularsKind,
      missing: e.missing(data),
    };
  });
}

export async function generatePack(
  db: Db,
  conferenceId: number,
  documents: readonly PackDocumentId[],
  options: PackOptions,
  run: GenerateOptions,
): Promise<PackRun> {
  const data = loadPackData(db, conferenceId, options);
  const chosen = packDocumentIds.filter((id) => documents.includes(id));
  const skipped: PackRun['skipped'] = [];
  if (!run.skipMissing) {
    const blocked = chosen.map((id) => pack[id].missing(data)).find((reason) => reason !== null);
    if (blocked) throw new DomainError('VALIDATION', blocked);
  }
  if (run.folder) mkdirSync(run.folder, { recursive: true });
  const files: Generated[] = [];
  for (const id of chosen) {
    // Each document is built synchronously: let the event loop (IPC, the host's requests) run between them.
    await new Promise<void>((resume) => setImmediate(resume));
    const reason = pack[id].missing(data);
    if (reason) {
      skipped.push({ document: id, reason });
      continue;
    }
    for (const file of await buildPackDocument(id, data, db)) {
      const fileName = safeFileName(file.fileName);
      const path = run.folder ? join(run.folder, fileName) : null;
      if (path) writeFileAtomic(path, file.data);
      const generated: Generated = {
        document: id,
        fileName,
        path,
        base64: path ? null : file.data.toString('base64'),
        bytes: file.data.length,
      };
      files.push(generated);
      run.onFile?.(generated);
    }
  }
  return { folder: run.folder, files, skipped };
}
