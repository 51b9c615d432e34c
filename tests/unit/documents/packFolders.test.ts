/**
 * "Mở thư mục": documents.openFolder opens only a folder the pack was generated into in this session, through
 * the host's desktop (Electron's shell.openPath), and says where the files are when there is no desktop.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Desktop } from '../../../electron/api/context.ts';
import { createRouter } from '../../../electron/api/router.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { freshDb } from '../support/db.ts';

function api(desktop?: Desktop) {
  const env = freshDb();
  const { conferenceId } = seedDemo(env.db);
  const router = createRouter({ db: env.db, databasePath: env.file, appVersion: 'test', desktop });
  const call = async (method: string, input: unknown) =>
    (await router(method, input)) as
      | { ok: true; value: { folder: string | null; opened: string } }
      | { ok: false; error: { code: string; message: string } };
  const generate = (folder: string) =>
    call('documents.generate', { conferenceId, documents: ['danh_sach_dai_bieu'], folder });
  return { ...env, call, generate };
}

const recording = (answer = '') => {
  const opened: string[] = [];
  const desktop: Desktop = { openPath: async (path) => (opened.push(path), answer) };
  return { opened, desktop };
};

describe('documents.openFolder', () => {
  it('opens the folder the pack was just generated into, and nothing else', async () => {
    const { opened, desktop } = recording();
    const { call, generate, dir } = api(desktop);
    const out = join(dir, 'Bộ tài liệu');
    const generated = await generate(out);
    expect(generated.ok && generated.value.folder).toBe(out);

    // The same folder written another way (trailing separator, ".." segments) is still the same folder.
    expect(await call('documents.openFolder', { folder: `${out}/` })).toEqual({
      ok: true,
      value: { opened: out },
    });
    expect(await call('documents.openFolder', { folder: join(out, '..', 'Bộ tài liệu') })).toMatchObject({
      ok: true,
    });
    expect(opened).toEqual([out, out]);

    const other = join(dir, 'khác');
    mkdirSync(other);
    for (const folder of [other, dir, join(out, 'Danh sách đại biểu.docx'), 'C:\\Windows\\System32']) {
      const refused = await call('documents.openFolder', { folder });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (!refused.ok) expect(refused.error.message).toContain('Chỉ mở được thư mục mà ứng dụng vừa tạo');
    }
    expect((await call('documents.openFolder', { folder: '' })).ok).toBe(false);
    expect(opened).toEqual([out, out]);
  });

  it('remembers folders per app: another router over the same database has opened nothing', async () => {
    const first = recording();
    const { generate, db, file, dir } = api(first.desktop);
    const out = join(dir, 'pack');
    await generate(out);
    const second = recording();
    const other = createRouter({ db, databasePath: file, appVersion: 'test', desktop: second.desktop });
    const reply = await other('documents.openFolder', { folder: out });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(second.opened).toEqual([]);
  });

  it('in browser mode (no desktop) says where the files are', async () => {
    const { call, generate, dir } = api();
    const out = join(dir, 'pack');
    await generate(out);
    const reply = await call('documents.openFolder', { folder: out });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: `Chế độ trình duyệt không mở được thư mục trên máy: các tệp nằm trong thư mục ${out}.`,
      },
    });
  });

  it('passes on the file manager refusing, in one sentence', async () => {
    const { opened, desktop } = recording('Failed to open path');
    const { call, generate, dir } = api(desktop);
    const out = join(dir, 'pack');
    await generate(out);
    const reply = await call('documents.openFolder', { folder: out });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!reply.ok)
      expect(reply.error.message).toBe(
        `Không mở được thư mục ${out}: hãy mở nó bằng trình quản lý tệp (Failed to open path).`,
      );
    expect(opened).toEqual([out]);
  });
});
