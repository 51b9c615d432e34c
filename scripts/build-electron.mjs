/**
 * Bundles the Electron main process and preload with esbuild:
 *   electron/main.ts    -> dist-electron/main.mjs   (ESM; node_modules stay external and load at run time)
 *   electron/preload.ts -> dist-electron/preload.cjs (CommonJS: a sandboxed preload cannot be an ES module)
 *   electron/imports/worker/parseWorker.ts -> dist-electron/parseWorker.mjs (the capped spreadsheet reader)
 * and copies the SQL migrations beside the bundle, where electron/db/migrate.ts looks for them
 * (`new URL('./migrations/', import.meta.url)` resolves to dist-electron/migrations/ once bundled).
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist-electron');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'migrations'), { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: join(out, 'main.mjs'),
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: join(out, 'preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  }),
  // The spreadsheet parse worker, loaded by electron/imports/worker/readInWorker.ts beside main.mjs.
  build({
    ...common,
    entryPoints: ['electron/imports/worker/parseWorker.ts'],
    outfile: join(out, 'parseWorker.mjs'),
    format: 'esm',
    packages: 'external',
  }),
]);

const migrations = join(root, 'electron', 'db', 'migrations');
const copied = readdirSync(migrations).filter((file) => file.endsWith('.sql'));
for (const file of copied) cpSync(join(migrations, file), join(out, 'migrations', file));

console.log(`dist-electron: main.mjs, preload.cjs, parseWorker.mjs, ${copied.length} migration(s)`);
