/**
 * The Electron tier: the real app (dist-electron/main.mjs in the Electron binary) on a temp database and a temp
 * user-data folder per test. `npm run test:electron` builds first. Where the binary is not installed (or, on
 * Linux, there is no display) every test is reported as skipped with the reason.
 * THUKY_ELECTRON_ARGS adds switches to every launch, e.g. "--no-sandbox" in a container whose chrome-sandbox
 * helper is not setuid root.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  globalSetup: './globalSetup.ts',
  // One app at a time: each owns a window, a database and a single-instance lock.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
