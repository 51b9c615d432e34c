// Worker entry when running from source (tsx, vitest, `bin/thuky.mjs`): a worker thread starts without the
// parent's TypeScript loader, so it registers tsx itself before loading the TypeScript body. The Electron bundle
// uses dist-electron/parseWorker.mjs instead (scripts/build-electron.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./parseWorker.ts');
