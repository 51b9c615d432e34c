/**
 * The real app in Electron: the hardened window, the API over IPC with better-sqlite3 built for Electron's ABI
 * (the .npmrc `nodedir` trap makes a "successful" rebuild target Node, so only opening the database inside the
 * app proves it), and a clerk's cluster and conference surviving a relaunch.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../electron/host/server.ts';
import { appEntryUrl } from '../../electron/api/senderPolicy.ts';
import { AppPage } from '../e2e/pages/AppPage.ts';
import { cannotRunElectron, findElectronBinary, repo } from './electronBinary.ts';
import { launchApp, launchArgs, launchEnv } from './launchApp.ts';

const reason = cannotRunElectron();
test.skip(reason !== null, `Electron binary not installed here or not runnable: ${reason}`);

interface Bridge {
  invoke(
    method: unknown,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

/** Calls window.api.invoke inside the page, as the renderer does. */
function invoke(window: Page, method: unknown, input: unknown) {
  return window.evaluate(([m, i]) => (globalThis as unknown as { api: Bridge }).api.invoke(m, i), [
    method,
    input,
  ] as const);
}

let dir = '';
let dbFile = '';
let userData = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'thuky-electron-'));
  dbFile = join(dir, 'hoi-nghi.db');
  userData = join(dir, 'user-data');
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('one hardened window whose API opens the database with the Electron build of better-sqlite3', async () => {
  const { app, window } = await launchApp(dbFile, userData);
  try {
    expect(window.url()).toBe(appEntryUrl);
    await expect(window).toHaveTitle('Thư ký Hội nghị');

    const info = await invoke(window, 'app.info', {});
    expect(info.ok).toBe(true);
    const value = info.value as { schemaVersion: number; databasePath: string };
    expect(value.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(value.databasePath).toBe(dbFile);

    expect((await invoke(window, 42, {})).error?.code).toBe('UNKNOWN_METHOD');
    expect((await invoke(window, 'no.such.method', {})).error?.code).toBe('UNKNOWN_METHOD');
    expect((await invoke(window, 'clusters.create', { name: 7 })).error?.code).toBe('VALIDATION');

    const page = await window.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown> & { api: object };
      return {
        node: [typeof g.require, typeof g.process, typeof g.Buffer],
        bridge: Object.keys(g.api),
        notifications: (g.Notification as { permission: string }).permission,
      };
    });
    expect(page).toEqual({
      node: ['undefined', 'undefined', 'undefined'],
      bridge: ['invoke'],
      notifications: 'denied',
    });

    const csp = await window.evaluate(async () =>
      (await fetch('./index.html')).headers.get('content-security-policy'),
    );
    expect(csp).toBe(contentSecurityPolicy);

    // window.open is denied and navigation away is cancelled: still one window, still our page.
    expect(
      await window.evaluate(
        () => (globalThis as unknown as { open(u: string): unknown }).open('https://example.com/') === null,
      ),
    ).toBe(true);
    await window.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url()).toBe(appEntryUrl);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await app.close();
  }
});

test('a clerk creates a cluster and a conference; after a relaunch both are still there', async () => {
  const title = 'Hội nghị sơ kết thực hiện giao ước thi đua 6 tháng đầu năm 2024';
  let { app, window } = await launchApp(dbFile, userData);
  try {
    const ui = new AppPage(window);
    await expect(window.getByText('Chưa có cụm thi đua nào.')).toBeVisible();
    await window.getByRole('button', { name: 'Tạo cụm thi đua' }).click();
    await ui.clusters.addCluster('Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc', 'Cụm 7 tỉnh');
    await ui.clusters.addMember({ code: 'CB', shortName: 'Cao Bằng', officialName: 'UBND tỉnh Cao Bằng' });

    const conferences = await ui.openConferences();
    const form = await conferences.openNew();
    await conferences.fill(form, {
      title,
      kind: 'Sơ kết 6 tháng',
      year: '2024',
      date: '01/8/2024',
      startTime: '08:00',
      venue: 'tỉnh Cao Bằng',
      host: 'UBND tỉnh Cao Bằng',
    });
    await conferences.save(form);
    await expect(form).toBeHidden();
    await expect(conferences.row(title)).toContainText('01/8/2024 lúc 08:00');
  } finally {
    await app.close();
  }

  ({ app, window } = await launchApp(dbFile, userData));
  try {
    const ui = new AppPage(window);
    await expect(ui.currentCluster).toContainText('Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc');
    const conferences = await ui.openConferences();
    await expect(conferences.row(title)).toContainText('UBND tỉnh Cao Bằng');
  } finally {
    await app.close();
  }
});

test('a second launch hands over to the running window and exits', async () => {
  const { app, window } = await launchApp(dbFile, userData);
  try {
    const binary = findElectronBinary();
    if (!binary.found) throw new Error(binary.reason);
    const second = spawn(binary.path, launchArgs(dbFile, userData), {
      cwd: repo,
      env: launchEnv(),
      stdio: 'ignore',
    });
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(0);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect((await invoke(window, 'app.info', {})).ok).toBe(true);
  } finally {
    await app.close();
  }
});
