/**
 * Per-test app: a temp folder, optionally `thuky demo`, then `thuky serve --port 0` as a child process.
 * The URL (with its token) is read from what serve prints, exactly as a clerk would copy it.
 */
import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AppPage } from './pages/AppPage.ts';

const repo = resolve(import.meta.dirname, '../..');
const cli = join(repo, 'bin/thuky.mjs');

export interface RunningApp {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The printed address, token in the fragment. */
  openUrl: string;
  token: string;
  dbFile: string;
}

function runCli(args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`thuky ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`thuky serve printed no URL:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`thuky serve exited ${code} before printing a URL:\n${output}`));
    });
  });
}

export const test = base.extend<{ demo: boolean; app: RunningApp; ui: AppPage }>({
  demo: [false, { option: true }],

  app: async ({ demo }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'thuky-e2e-'));
    const dbFile = join(dir, 't.db');
    if (demo) runCli(['demo', '--db', dbFile]);
    const child = spawn(process.execPath, [cli, 'serve', '--db', dbFile, '--port', '0'], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const openUrl = await waitForUrl(child);
      const url = new URL(openUrl);
      const token = url.hash.replace(/^#token=/u, '');
      await use({ origin: url.origin, openUrl, token, dbFile });
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        // A server that does not stop within 10 s is killed, so a slow shutdown never fails the test.
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(force);
      }
      rmSync(dir, { recursive: true, force: true });
    }
  },

  ui: async ({ page, app }, use) => {
    const ui = new AppPage(page);
    await page.goto(app.openUrl);
    await use(ui);
  },
});

export { expect };
