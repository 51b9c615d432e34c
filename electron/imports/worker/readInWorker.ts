/**
 * Reads a spreadsheet in a worker thread with a heap cap and a deadline, so a hostile file (a zip bomb the checks
 * missed, a sheet claiming a million rows, huge shared strings) is refused within bounded memory and time with one
 * clear sentence, and the app's own thread never runs out of memory or hangs.
 */
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../../shared/api/result.ts';
import type { Workbook } from '../workbook.ts';
import type { ParseReply, ParseRequest } from './parseWorker.ts';

export interface WorkerLimits {
  /** The worker's V8 old-generation heap, in MB. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Time allowed for one file, from the worker's start. */
  timeoutMs: number;
}

/**
 * The largest real list in the corpus (17,619 rows, 21k formulas) needs under 400 MB; the inflated-size checks
 * stop anything exceljs would need more than that for. The cap leaves room above the first and stops the rest.
 */
export const parseWorkerLimits: WorkerLimits = {
  maxOldGenerationSizeMb: 768,
  maxYoungGenerationSizeMb: 48,
  timeoutMs: 90_000,
};

export const workerMessages = {
  memory: (mb: number) =>
    `Tệp cần quá nhiều bộ nhớ để đọc (quá ${mb} MB); hãy mở bằng Excel, xóa các trang, cột, dòng thừa rồi lưu lại.`,
  timeout: (seconds: number) =>
    `Đọc tệp quá lâu (quá ${seconds} giây) nên đã dừng; hãy mở bằng Excel, xóa các trang, cột, dòng thừa rồi lưu lại.`,
  failed: 'Không đọc được tệp do lỗi khi khởi động bộ đọc bảng tính; hãy thử lại.',
};

/** Running from TypeScript source (tsx, vitest) or from the esbuild bundle, where the worker is its own file. */
function workerFile(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./sourceEntry.mjs', import.meta.url)
    : new URL('./parseWorker.mjs', import.meta.url);
}

function startWorker(limits: WorkerLimits): Worker {
  return new Worker(workerFile(), {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
    },
    stdout: true,
    stderr: true,
  });
}

/**
 * A worker started ahead of time with the default limits, its modules already loaded (seconds, from source),
 * so the next file is read at once. Unreferenced: it never keeps a finished process (the CLI) alive.
 */
let spare: Worker | null = null;

function takeWorker(limits: WorkerLimits): Worker {
  if (limits !== parseWorkerLimits) return startWorker(limits);
  const worker = spare ?? startWorker(limits);
  spare = null;
  worker.removeAllListeners();
  worker.ref();
  return worker;
}

function prepareSpare(): void {
  if (spare) return;
  const worker = startWorker(parseWorkerLimits);
  worker.unref();
  const drop = () => {
    if (spare === worker) spare = null;
  };
  worker.once('error', drop);
  worker.once('exit', drop);
  spare = worker;
}

export function readWorkbookInWorker(
  data: Buffer,
  name: string,
  limits: WorkerLimits = parseWorkerLimits,
): Promise<Workbook> {
  // A private copy, moved (not cloned) into the worker.
  const bytes = new Uint8Array(data.byteLength);
  bytes.set(data);
  const request: ParseRequest = { data: bytes, name };
  const worker = takeWorker(limits);
  const answer = new Promise<Workbook>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new DomainError(
              'VALIDATION',
              workerMessages.timeout(Math.max(1, Math.round(limits.timeoutMs / 1000))),
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (reply: ParseReply) =>
      finish(() => (reply.ok ? resolve(reply.workbook) : reject(new DomainError(reply.code, reply.message)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new DomainError(
            'VALIDATION',
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? workerMessages.memory(limits.maxOldGenerationSizeMb)
              : workerMessages.failed,
          ),
        ),
      ),
    );
    worker.once('exit', () => finish(() => reject(new DomainError('VALIDATION', workerMessages.failed))));
  });
  worker.postMessage(request, [bytes.buffer]);
  if (limits === parseWorkerLimits) prepareSpare();
  return answer;
}
