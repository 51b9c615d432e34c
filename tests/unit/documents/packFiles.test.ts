import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import { previewDocument } from '../../../electron/documents/pack/previewDocument.ts';
import { packDocumentIds } from '../../../shared/api/methods/documents.ts';
import { freshApi, tempDir } from '../support/db.ts';
import { hasLibreOffice, libreOfficeSkipReason } from './support.ts';
import { convertMany, demoPack, options } from './packSupport.ts';

const cli = resolve(import.meta.dirname, '../../../bin/thuky.mjs');
const thuky = (...args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 300_000 });

describe('thuky pack and the files it writes', () => {
  it('refuses bad usage with exit 2', { timeout: 60_000 }, () => {
    const dir = tempDir();
    expect(thuky('pack', '--db', join(dir, 'x.db')).status).toBe(2);
    const empty = thuky('pack', '--db', join(dir, 'x.db'), '--out', join(dir, 'out'));
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('chưa có hội nghị nào');
  });

  it.skipIf(!hasLibreOffice)(
    'writes the whole demo pack, printing each file; every document opens in LibreOffice with the expected pages',
    () => {
      const dir = tempDir();
      const db = join(dir, 'demo.db');
      expect(thuky('demo', '--db', db).status).toBe(0);
      const out = join(dir, 'pack');
      const run = thuky('pack', '--db', db, '--out', out);
      expect(run.status).toBe(0);
      const written = readdirSync(out).filter((f) => !f.startsWith('.'));
      for (const f of written) expect(run.stdout).toContain(join(out, f));
      // No conclusions in the demo: the notice is left out with the reason, everything else is written.
      expect(run.stderr).toContain('Bỏ qua thong_bao: Chưa nhập kết luận');
      expect(written).toEqual(
        expect.arrayContaining([
          'Giấy mời - đơn vị.docx',
          'Giấy mời - đại biểu.docx',
          'Chương trình hội nghị.docx',
          'Danh sách đại biểu.docx',
          'Danh sách ký tên.docx',
          'Kịch bản điều hành.docx',
          'Danh sách phát biểu, tham luận.docx',
          'Danh sách khen thưởng (phần 1 của 5).docx',
          'Danh sách khen thưởng.xlsx',
          'Dự thảo báo cáo.docx',
          'Biên bản hội nghị.docx',
          'Bảng tên.docx',
        ]),
      );
      // Atomic writes leave no temp files behind.
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const checked = written.filter((f) => !/phần [2-9]/u.test(f)).map((f) => join(out, f));
      const pdf = convertMany(checked, dir);
      const portrait = { width: 595, height: 842 };
      const landscape = { width: 842, height: 595 };
      const expectPdf = (name: string, pages: number | [number, number], size: typeof portrait) => {
        const facts = pdf.get(name)!;
        if (Array.isArray(pages)) {
          expect(facts.pages).toBeGreaterThanOrEqual(pages[0]);
          expect(facts.pages).toBeLessThanOrEqual(pages[1]);
        } else expect(facts.pages).toBe(pages);
        expect({ width: facts.width, height: facts.height }).toEqual(size);
      };
      expectPdf('Giấy mời - đơn vị.docx', 7, portrait);
      expectPdf('Giấy mời - đại biểu.docx', 3, portrait);
      expectPdf('Chương trình hội nghị.docx', [1, 2], portrait);
      expectPdf('Danh sách đại biểu.docx', 1, portrait);
      expectPdf('Danh sách ký tên.docx', 1, portrait);
      expectPdf('Kịch bản điều hành.docx', [2, 3], portrait);
      expectPdf('Danh sách phát biểu, tham luận.docx', 1, portrait);
      expectPdf('Danh sách khen thưởng (phần 1 của 5).docx', [35, 60], portrait);
      expectPdf('Dự thảo báo cáo.docx', [4, 6], portrait);
      expectPdf('Biên bản hội nghị.docx', 2, portrait);
      expectPdf('Bảng tên.docx', 3, landscape);
      expectPdf('Danh sách khen thưởng.xlsx', [100, 250], landscape);
    },
    300_000,
  );
  if (!hasLibreOffice) it.skip(libreOfficeSkipReason, () => {});
});

describe('first-page previews and the API', () => {
  it('previews each document as HTML of its first page, at its orientation, without building 7.000 rows', async () => {
    const { db, conferenceId } = await demoPack();
    const program = await previewDocument(db, conferenceId, 'chuong_trinh', options());
    expect(program.orientation).toBe('portrait');
    expect(program.html).toContain('width:595.3pt');
    expect(program.html).toContain('CHƯƠNG TRÌNH');
    expect(program.html).toContain('Đồng chí Hoàng Xuân Ánh');
    const cards = await previewDocument(db, conferenceId, 'bang_ten', options());
    expect(cards.orientation).toBe('landscape');
    expect(cards.html).toContain('Hà Thị Nga');
    expect(cards.html).not.toContain('Trịnh Xuân Trường');
    const started = performance.now();
    const awards = await previewDocument(db, conferenceId, 'danh_sach_khen_thuong_excel', options());
    expect(performance.now() - started).toBeLessThan(5000);
    expect(awards.html).toContain('Huân chương Lao động hạng Ba (14)');
    expect(awards.html).toContain('7.104');
  });

  it('lists what each document still needs, edits conclusions, and generates as bytes without a folder', async () => {
    const { api: router, db } = freshApi();
    const api = {
      call: async <
        M extends
          'documents.list' | 'documents.conclusions.update' | 'documents.generate' | 'documents.chooseFolder',
      >(
        method: M,
        input: unknown,
      ) =>
        (await router(method, input)) as
          { ok: true; value: MethodOutput<M> } | { ok: false; error: { message: string } },
    };
    const { seedDemo } = await import('../../../electron/demo/seed.ts');
    const { conferenceId } = seedDemo(db);
    const list = await api.call('documents.list', { conferenceId });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.map((d) => d.id)).toEqual([...packDocumentIds]);
    expect(list.value.find((d) => d.id === 'thong_bao')!.missing).toContain('Chưa nhập kết luận');
    expect(list.value.find((d) => d.id === 'chuong_trinh')!.missing).toBeNull();

    const bad = await api.call('documents.conclusions.update', {
      conferenceId,
      conclusions: 'x',
      endTime: '25:00',
    });
    expect(bad.ok).toBe(false);
    const saved = await api.call('documents.conclusions.update', {
      conferenceId,
      conclusions: ' Kết luận một. ',
      endTime: '11:15',
    });
    expect(saved.ok && saved.value.conclusions).toBe('Kết luận một.');

    const generated = await api.call('documents.generate', {
      conferenceId,
      documents: ['thong_bao', 'bang_ten'],
    });
    if (!generated.ok) throw new Error(generated.error.message);
    expect(generated.value.folder).toBeNull();
    expect(generated.value.files.map((f) => f.fileName)).toEqual([
      'Thông báo kết luận.docx',
      'Bảng tên.docx',
    ]);
    expect(Buffer.from(generated.value.files[0]!.base64!, 'base64').subarray(0, 2).toString()).toBe('PK');

    const folder = await api.call('documents.chooseFolder', {});
    expect(folder.ok && folder.value).toEqual({ available: false, folder: null });
  });
});
