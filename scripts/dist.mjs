/**
 * `npm run dist`: build, then package with electron-builder (electron-builder.yml), then prove the packaged
 * better-sqlite3 is an Electron build, and finally put the Node build back into node_modules — electron-builder's
 * npmRebuild replaces it in place, which would break `npm test` and the `thuky` CLI until rebuilt.
 * Extra arguments go to electron-builder: `npm run dist -- --win`, `npm run dist -- --linux deb`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { abiProblem, electronInfo, nativeBuildEnv } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';

function run(command, args, env = process.env) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: isWindows, env }).status ?? 1;
}

/** better_sqlite3.node inside each unpacked app electron-builder left in release/. */
function packagedAddons() {
  const found = [];
  const walk = (dir, depth) => {
    if (depth > 8 || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.name === 'better_sqlite3.node' && path.includes('app.asar.unpacked')) found.push(path);
    }
  };
  walk(join(root, 'release'), 0);
  return found;
}

let status = run(npm, ['run', 'build']);
if (status === 0) {
  status = run(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--config',
      'electron-builder.yml',
      ...process.argv.slice(2),
    ],
    nativeBuildEnv(),
  );
}
if (status === 0) {
  const electron = electronInfo(root);
  for (const addon of packagedAddons()) {
    const problem = abiProblem(addon, electron);
    if (problem?.builtForNode) {
      console.error(`dist: ${problem.message}`);
      status = 1;
    } else if (problem) {
      console.warn(`dist: could not confirm the ABI (another platform or architecture?): ${problem.message}`);
    } else {
      console.log(
        `dist: ${relative(root, addon)} targets Electron ${electron.version} (ABI ${electron.abi}).`,
      );
    }
  }
}
console.log('dist: restoring the Node build of better-sqlite3 in node_modules (tests and CLI)…');
if (run(npm, ['rebuild', 'better-sqlite3']) !== 0) {
  console.error('dist: `npm rebuild better-sqlite3` failed; run it before `npm test`.');
  status ||= 1;
}
process.exit(status);
