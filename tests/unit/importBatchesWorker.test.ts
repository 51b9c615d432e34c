/**
 * Hostile files through the parse worker (electron/imports/worker): each is refused with one clear sentence,
 * within bounded time, while the app's own thread stays small; and the worker's heap cap and deadline hold
 * for a file that gets past the checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/api/result.ts';
import { XLSX } from '../../electron/imports/sheetjs.ts';
import {
  parseWorkerLimits,
  readWorkbookInWorker,
  type WorkerLimits,
} from '../../electron/imports/worker/readInWorker.ts';
import { handMadeZip, spreadsheetContentTypes } from './support/zip.ts';

const corpus = (name: string) => fileURLToPath(new URL(`../../../shared/corpus/${name}`, import.meta.url));

/** Runs a read, sampling the process's memory (the worker's heap counts in it) until it settles. */
async function refusedWithin(
  data: Buffer,
  name: string,
  limits: WorkerLimits = parseWorkerLimits,
): Promise<{ message: string; ms: number; peakMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const error = await readWorkbookInWorker(data, name, limits).then(
    () => null,
    (e: unknown) => e,
  );
  clearInterval(sampler);
  expect(error).toBeInstanceOf(DomainError);
  const message = (error as DomainError).message;
  expect(message).not.toMatch(/\n|at .*\(/u);
  return { message, ms: performance.now() - start, peakMb: (peak - base) / (1024 * 1024) };
}

async function smallList(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
  sheet.addRow([1, 'Nguyễn Văn Sơn', 'Giám đốc', 'Sở Nội vụ']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The small list with one of its parts rewritten. */
async function withPart(part: string, rewrite: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallList());
  zip.file(part, rewrite(await zip.file(part)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const boundedMs = 30_000;

describe('hostile files in the parse worker', () => {
  it('a zip bomb: 200 MB of sheet XML in a small file', async () => {
    const bomb = handMadeZip([
      spreadsheetContentTypes,
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20), declaredSize: 4096 },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { message, ms, peakMb } = await refusedWithin(bomb, 'bomb.xlsx');
    expect(message).toMatch(/^Tệp quá lớn để nhập/u);
    expect(ms).toBeLessThan(boundedMs);
    expect(peakMb).toBeLessThan(300);
  });

  it('a sheet claiming A1:XFD1048576 with a cell in its last column', async () => {
    const data = await withPart('xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/u, '<dimension ref="A1:XFD1048576"/>')
        .replace(
          '</sheetData>',
          '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        ),
    );
    const { message, ms, peakMb } = await refusedWithin(data, 'rong.xlsx');
    expect(message).toMatch(/cột XFD, quá xa/u);
    expect(ms).toBeLessThan(boundedMs);
    expect(peakMb).toBeLessThan(300);
  });

  it('huge shared strings: the heap cap stops them, and the worker says so', async () => {
    const huge = `<si><t>${'Nguyễn Văn Sơn '.repeat(250_000)}</t></si>`;
    const data = await withPart('xl/sharedStrings.xml', (xml) =>
      xml
        .replace(/<si>/u, `${huge.repeat(12)}<si>`)
        .replace(/count="\d+"/u, '')
        .replace(/uniqueCount="\d+"/u, ''),
    );
    expect(data.length).toBeLessThan(2 * 1024 * 1024);
    const capped = { ...parseWorkerLimits, maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };
    const { message, ms, peakMb } = await refusedWithin(data, 'chuoi.xlsx', capped);
    expect(message).toMatch(/^Tệp cần quá nhiều bộ nhớ để đọc \(quá 96 MB\)/u);
    expect(ms).toBeLessThan(boundedMs);
    expect(peakMb).toBeLessThan(400);
  });

  it('an encrypted workbook', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, '/EncryptionInfo', Buffer.alloc(256, 1));
    XLSX.CFB.utils.cfb_add(container, '/EncryptedPackage', Buffer.alloc(4096, 7));
    const data = Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
    expect((await refusedWithin(data, 'matkhau.xlsx')).message).toMatch(/^Tệp được bảo vệ bằng mật khẩu/u);
    const real = corpus('spreadsheets/calamine__pass_protected.xlsx');
    if (existsSync(real))
      expect((await refusedWithin(readFileSync(real), 'pass.xlsx')).message).toMatch(/mật khẩu/u);
  });

  it('a Word document renamed .xlsx', async () => {
    const docx = handMadeZip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect((await refusedWithin(docx, 'danh-sach.xlsx')).message).toMatch(/văn bản Word đổi đuôi/u);
  });

  it('the deadline ends a read that takes too long', async () => {
    const { message, ms } = await refusedWithin(await smallList(), 'ds.xlsx', {
      ...parseWorkerLimits,
      timeoutMs: 1,
    });
    expect(message).toMatch(/^Đọc tệp quá lâu/u);
    expect(ms).toBeLessThan(5_000);
  });

  it('a good file still reads, through the worker', async () => {
    const workbook = await readWorkbookInWorker(await smallList(), 'ds.xlsx');
    expect(workbook.sheets[0]!.rows[1]!.cells).toEqual([1, 'Nguyễn Văn Sơn', 'Giám đốc', 'Sở Nội vụ']);
  });
});
