/** Launches the built app the way a clerk's shortcut would, on a given database and user-data folder. */
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, repo } from './electronBinary.ts';

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
}

/** The arguments of one launch: ours, plus THUKY_ELECTRON_ARGS (e.g. --no-sandbox in a container). */
export function launchArgs(dbFile: string, userDataDir: string): string[] {
  const extra = (process.env.THUKY_ELECTRON_ARGS ?? '').split(/\s+/u).filter(Boolean);
  return [...extra, 'dist-electron/main.mjs', '--db', dbFile, `--user-data-dir=${userDataDir}`];
}

export function launchEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Would make the binary run as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

export async function launchApp(dbFile: string, userDataDir: string): Promise<LaunchedApp> {
  const binary = findElectronBinary();
  if (!binary.found) throw new Error(binary.reason);
  const app = await _electron.launch({
    executablePath: binary.path,
    args: launchArgs(dbFile, userDataDir),
    cwd: repo,
    env: launchEnv(),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Thư ký Hội nghị' })).toBeVisible();
  return { app, window };
}
