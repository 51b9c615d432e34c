/**
 * The body of the parse worker: reads one spreadsheet and posts the result back — a list as the imports'
 * Workbook, or a return as its grid (values, number formats, hidden sheets). It runs in a worker_threads Worker
 * with a heap cap (see readInWorker.ts), so a file that would exhaust memory ends this thread, never the app.
 * A failure the clerk can act on comes back as its Vietnamese sentence; anything else (a parser crashing on a
 * damaged file) as the "damaged file" sentence, never a stack trace.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../../shared/api/result.ts';
import { parseGrid, type GridSheetData } from '../../returns/workbookGrid.ts';
import { messages } from '../fileChecks.ts';
import { readWorkbookBuffer, type Workbook } from '../workbook.ts';

export type ParseRequest =
  | { kind: 'workbook'; data: Uint8Array<ArrayBuffer>; name: string }
  | { kind: 'returnGrid'; data: Uint8Array<ArrayBuffer> };

/** What each kind of request answers with; every one is structured-clonable. */
export interface ParseResults {
  workbook: Workbook;
  returnGrid: GridSheetData[];
}

export type ParseKind = ParseRequest['kind'];

export type ParseReply<K extends ParseKind = ParseKind> =
  { ok: true; value: ParseResults[K] } | { ok: false; code: DomainError['code']; message: string };

async function parse(request: ParseRequest): Promise<ParseResults[ParseKind]> {
  const data = Buffer.from(request.data.buffer, request.data.byteOffset, request.data.byteLength);
  return request.kind === 'workbook' ? readWorkbookBuffer(data, request.name) : parseGrid(data);
}

async function run(request: ParseRequest): Promise<ParseReply> {
  try {
    return { ok: true, value: await parse(request) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'VALIDATION', message: messages.corrupt };
  }
}

// One file per worker: the thread is started ahead of time (its modules loaded), reads the one request it gets,
// answers and is ended, so nothing one file did to its heap is left for the next.
if (parentPort) {
  const port = parentPort;
  port.once('message', (request: ParseRequest) => void run(request).then((reply) => port.postMessage(reply)));
}
