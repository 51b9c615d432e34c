/**
 * The body of the parse worker: reads one spreadsheet with readWorkbookBuffer and posts the workbook back. It runs
 * in a worker_threads Worker with a heap cap (see readInWorker.ts), so a file that would exhaust memory ends this
 * thread, never the app. A failure the clerk can act on comes back as its Vietnamese sentence; anything else
 * (a parser crashing on a damaged file) as the "damaged file" sentence, never a stack trace.
 */
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../../shared/api/result.ts';
import { messages } from '../fileChecks.ts';
import { readWorkbookBuffer, type Workbook } from '../workbook.ts';

export interface ParseRequest {
  data: Uint8Array;
  name: string;
}

export type ParseReply =
  { ok: true; workbook: Workbook } | { ok: false; code: DomainError['code']; message: string };

async function run(request: ParseRequest): Promise<ParseReply> {
  try {
    const data = Buffer.from(request.data.buffer, request.data.byteOffset, request.data.byteLength);
    return { ok: true, workbook: await readWorkbookBuffer(data, request.name) };
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
