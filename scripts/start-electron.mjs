/**
 * `npm start`: build the renderer and the main process, make sure better-sqlite3 exists for Electron's ABI
 * (native/electron-<version>/, built on first start), then run the Electron binary on this folder.
 * node_modules keeps its Node build, so `npm test` and `npm start` work in either order.
 * Extra arguments pass through: `npm start -- --db /tmp/x.db`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const isWindows = process.platform === 'win32';

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(isWindows ? 'npm.cmd' : 'npm', ['run', 'build']);

let electronBinary;
try {
  // The electron package's export is the path of its binary, downloaded on first use (so a clone installed with
  // ELECTRON_SKIP_BINARY_DOWNLOAD=1 still starts); it throws when that download fails.
  electronBinary = createRequire(import.meta.url)('electron');
} catch (error) {
  console.error(
    `start: the Electron binary is not installed and could not be downloaded (${error.message.split('\n')[0]}).\n` +
      'Retry with network access (`node node_modules/electron/install.js`), or use `npm run web` for browser mode.',
  );
  process.exit(1);
}

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
if (!existsSync(join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node'))) {
  step(process.execPath, [join(root, 'scripts', 'build-native-electron.mjs')]);
}

const env = { ...process.env };
// Set by some tools (and by Electron's own child processes); it would make the binary behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
