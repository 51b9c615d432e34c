/**
 * The Electron main process under plain Node: electron/main.ts bundled as the build bundles it, with the
 * 'electron' module replaced by tests/unit/support/electronDouble.ts. Proves the wiring the Electron tier proves
 * where the binary exists: window options, the app scheme with its CSP, the one IPC channel and its sender check,
 * navigation and permission guards, the Vietnamese menu, the database refusal box.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { record as DoubleRecord } from './support/electronDouble.ts';
import { contentSecurityPolicy } from '../../electron/host/server.ts';
import { tempDir } from './support/db.ts';

const repo = resolve(import.meta.dirname, '../..');
type DoubleState = typeof DoubleRecord;

/**
 * A fake install beside the repo's node_modules (so zod and better-sqlite3 load from there, as in dist-electron):
 * package.json, dist/renderer and dist-electron/{main.mjs, migrations}. Built once; each test imports a fresh
 * instance of the bundle (and so of the Electron double) through a distinct query string.
 */
let bundle = '';
beforeAll(async () => {
  mkdirSync(join(repo, 'test-results'), { recursive: true });
  const root = mkdtempSync(join(repo, 'test-results', 'electron-main-'));
  cleanupRoot = () => rmSync(root, { recursive: true, force: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ version: '9.8.7' }));
  mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    join(root, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>Thư ký Hội nghị</title>',
  );
  const migrations = join(repo, 'electron', 'db', 'migrations');
  mkdirSync(join(root, 'dist-electron', 'migrations'), { recursive: true });
  for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql')))
    cpSync(join(migrations, file), join(root, 'dist-electron', 'migrations', file));
  bundle = join(root, 'dist-electron', 'main.mjs');
  await build({
    entryPoints: [join(repo, 'electron', 'main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'electron-double',
        setup(b) {
          b.onResolve({ filter: /^electron$/ }, () => ({
            path: join(repo, 'tests', 'unit', 'support', 'electronDouble.ts'),
          }));
        },
      },
    ],
  });
});
let cleanupRoot = () => {};
afterAll(() => cleanupRoot());

let launches = 0;
async function startMain(argv: string[]): Promise<{ record: DoubleState }> {
  const savedArgv = process.argv;
  process.argv = [process.execPath, bundle, ...argv];
  try {
    await import(`${pathToFileURL(bundle).href}?launch=${++launches}`);
    // Let app.whenReady().then(start) run.
    await new Promise((done) => setImmediate(done));
  } finally {
    process.argv = savedArgv;
  }
  return { record: (globalThis as unknown as { electronDouble: DoubleState }).electronDouble };
}

const opened: Database.Database[] = [];
afterEach(() => {
  // The app closes its database on will-quit.
  (globalThis as unknown as { electronDouble?: DoubleState }).electronDouble?.app.emit('will-quit');
  opened.splice(0).forEach((db) => db.close());
});

type Invoke = (
  event: unknown,
  method: unknown,
  input: unknown,
) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

describe('electron/main.ts', () => {
  it('opens the --db database, one hardened window on app://thuky/, and answers the API only to that window', async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'hoi-nghi.db');
    const { record } = await startMain(['--db', dbFile, '--user-data-dir', join(dir, 'profile')]);

    expect(record.paths.get('userData')).toBe(join(dir, 'profile'));
    expect(record.exitCode).toBeNull();
    expect(record.windows).toHaveLength(1);
    const window = record.windows[0]!;
    expect(window.loadedUrl).toBe('app://thuky/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      spellcheck: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/u);

    const invoke = record.ipcHandlers.get('api:invoke') as Invoke;
    const ours = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const info = await invoke(ours, 'app.info', {});
    expect(info).toEqual({
      ok: true,
      value: { version: '9.8.7', schemaVersion: expect.any(Number), databasePath: dbFile },
    });
    expect((info.value as { schemaVersion: number }).schemaVersion).toBeGreaterThanOrEqual(1);
    expect((await invoke(ours, { toString: () => 'app.info' }, {})).error?.code).toBe('UNKNOWN_METHOD');
    expect((await invoke(ours, 'clusters.create', { name: 7 })).error?.code).toBe('VALIDATION');

    const iframe = { processId: 7, routingId: 2, url: 'app://thuky/index.html' };
    const strangers = [
      { sender: {}, senderFrame: window.webContents.mainFrame },
      { sender: window.webContents, senderFrame: iframe },
      { sender: window.webContents, senderFrame: null },
      {
        sender: window.webContents,
        senderFrame: { ...window.webContents.mainFrame, url: 'https://example.com/' },
      },
    ];
    for (const event of strangers)
      expect((await invoke(event, 'clusters.create', { name: 'Cụm lạ' })).error?.code).toBe('FORBIDDEN');
    const check = new Database(dbFile, { readonly: true });
    opened.push(check);
    expect(check.prepare('SELECT count(*) AS n FROM cluster').get()).toEqual({ n: 0 });
  });

  it('serves the renderer with the host CSP and refuses paths outside it', async () => {
    const dir = tempDir();
    const { record } = await startMain(['--db', join(dir, 'x.db'), '--user-data-dir', join(dir, 'p')]);
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const handle = record.protocolHandlers.get('app') as (r: {
      url: string;
      method: string;
    }) => Promise<Response>;
    const page = await handle({ url: 'app://thuky/index.html', method: 'GET' });
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('Thư ký Hội nghị');
    expect((await handle({ url: 'app://thuky/..%2fpackage.json', method: 'GET' })).status).toBe(404);
  });

  it('blocks navigation away, new windows and every permission; opens only http(s) links outside', async () => {
    const dir = tempDir();
    const { record } = await startMain(['--db', join(dir, 'x.db'), '--user-data-dir', join(dir, 'p')]);
    const contents = record.windows[0]!.webContents;
    const navigate = (event: string, url: string) => {
      let prevented = false;
      contents.emit(event, { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1/')).toBe(true);
    expect(navigate('will-navigate', 'app://thuky/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://thuky/index.html')).toBe(true);

    expect(contents.windowOpenHandler?.({ url: 'https://thiduakhenthuong.gov.vn/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({
      action: 'deny',
    });
    expect(record.openedExternally).toEqual(['https://thiduakhenthuong.gov.vn/']);

    let granted: boolean | null = null;
    record.permissionHandlers.request?.(contents, 'media', (ok: boolean) => (granted = ok), {});
    expect(granted).toBe(false);
    expect(record.permissionHandlers.check?.(contents, 'notifications', 'app://thuky', {})).toBe(false);
    expect(record.permissionHandlers.device?.({})).toBe(false);
  });

  it('opens a folder the pack was generated into through shell.openPath, and no other', async () => {
    const dir = tempDir();
    const { record } = await startMain(['--db', join(dir, 'x.db'), '--user-data-dir', join(dir, 'p')]);
    const window = record.windows[0]!;
    const invoke = record.ipcHandlers.get('api:invoke') as Invoke;
    const ours = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const answer = await invoke(ours, method, input);
      if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
      return answer.value as T;
    };
    const cluster = await call<{ id: number }>('clusters.create', { name: 'Cụm thi đua 7 tỉnh' });
    const member = await call<{ id: number }>('members.create', {
      clusterId: cluster.id,
      code: 'CB',
      shortName: 'Cao Bằng',
      officialName: 'UBND tỉnh Cao Bằng',
    });
    const conference = await call<{ id: number }>('conferences.create', {
      clusterId: cluster.id,
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2024',
      kind: 'so_ket_6_thang',
      year: 2024,
      hostMemberId: member.id,
    });
    await call('delegates.create', {
      conferenceId: conference.id,
      fullName: 'Hà Thị Nga',
      gender: 'nu',
      positionLines: ['Ủy viên Trung ương Đảng'],
      delegationKind: 'central',
    });
    const folder = join(dir, 'bo-tai-lieu');
    mkdirSync(folder);
    await call('documents.generate', { conferenceId: conference.id, documents: ['bang_ten'], folder });

    expect(await call('documents.openFolder', { folder })).toEqual({ opened: folder });
    expect(record.openedPaths).toEqual([folder]);
    const elsewhere = await invoke(ours, 'documents.openFolder', { folder: dir });
    expect(elsewhere.error?.code).toBe('FORBIDDEN');
    expect(record.openedPaths).toEqual([folder]);
  });

  it('shows the Vietnamese menu', async () => {
    const dir = tempDir();
    const { record } = await startMain(['--db', join(dir, 'x.db'), '--user-data-dir', join(dir, 'p')]);
    const labels = (items: unknown): unknown =>
      (items as { label?: string; submenu?: unknown; type?: string }[])
        .filter((item) => item.type !== 'separator')
        .map((item) => (item.submenu ? { [item.label ?? '']: labels(item.submenu) } : item.label));
    const expected: Record<string, string[]>[] = [
      { Tệp: ['Thoát'] },
      { 'Chỉnh sửa': ['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả'] },
      { Xem: ['Tải lại', 'Phóng to', 'Thu nhỏ', 'Cỡ chữ mặc định', 'Toàn màn hình'] },
      { 'Trợ giúp': ['Giới thiệu'] },
    ];
    if (process.platform === 'darwin') expected[0] = { 'Thư ký Hội nghị': ['Ẩn', 'Thoát'] };
    expect(labels(record.menuTemplate)).toEqual(expected);
  });

  it('refuses a database from a newer version with a Vietnamese box, opens no window and exits', async () => {
    const dir = tempDir();
    const dbFile = join(dir, 'newer.db');
    const raw = new Database(dbFile);
    raw.pragma('user_version = 9999');
    raw.close();
    const { record } = await startMain(['--db', dbFile, '--user-data-dir', join(dir, 'p')]);
    expect(record.errorBoxes).toHaveLength(1);
    expect(record.errorBoxes[0]!.title).toBe('Không mở được cơ sở dữ liệu');
    expect(record.errorBoxes[0]!.content).toContain('phiên bản mới hơn');
    expect(record.exitCode).toBe(1);
    expect(record.windows).toHaveLength(0);
    expect(record.ipcHandlers.size).toBe(0);
  });
});
