/**
 * Builds better-sqlite3 a second time, for Electron's ABI, without touching node_modules:
 *   native/electron-<electronVersion>/better_sqlite3.node
 * node_modules/better-sqlite3 keeps its Node build (unit/e2e tests, the `thuky` CLI); an unpackaged Electron app
 * passes this file to better-sqlite3 as `nativeBinding` (electron/shell/launch.ts). Packaged apps do not use it:
 * electron-builder rebuilds for Electron itself (npmRebuild in electron-builder.yml).
 *
 * Steps: copy the package to a temp folder; try a prebuilt binary (prebuild-install --runtime electron), else
 * compile (node-gyp with Electron's headers); then prove the result is NOT a Node build by loading it in Node and
 * expecting the ABI refusal that names Electron's NODE_MODULE_VERSION. The check matters: with `nodedir` in an
 * .npmrc (npm exports it as npm_config_nodedir) node-gyp compiles against Node's headers and still reports success.
 *
 * Usage: node scripts/build-native-electron.mjs [--force] [--arch x64|arm64|ia32]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { abiProblem, electronInfo, nativeBuildEnv } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { force: { type: 'boolean', default: false }, arch: { type: 'string', default: process.arch } },
});
const arch = values.arch;

if (!existsSync(join(root, 'node_modules', 'electron', 'package.json'))) {
  console.error('native:electron: node_modules/electron is missing; run `npm install` first.');
  process.exit(1);
}
const electron = electronInfo(root);
const outDir = join(root, 'native', `electron-${electron.version}`);
const outFile = join(outDir, 'better_sqlite3.node');

if (existsSync(outFile) && !values.force) {
  console.log(`native:electron: ${relative(root, outFile)} exists (use --force to rebuild).`);
  process.exit(0);
}

const env = nativeBuildEnv();
const work = mkdtempSync(join(tmpdir(), 'thuky-native-'));
const pkgDir = join(work, 'better-sqlite3');
const source = join(root, 'node_modules', 'better-sqlite3');
const attempts = [];

/** The lines of a tool's stderr that say what went wrong, without node-gyp's environment dump and stack frames. */
function summarize(stderr) {
  const noise = /ERR! (System|command|cwd|node -v|node-gyp -v|not ok|stack\s+at )|^\s*$/u;
  const telling = stderr
    .split('\n')
    .filter((line) => /ERR!|warn|WARN|GET |error/u.test(line) && !noise.test(line));
  return telling.slice(-5).join('\n    ');
}

function run(label, command, args) {
  console.log(`native:electron: ${label}…`);
  const result = spawnSync(command, args, { cwd: pkgDir, env, stdio: ['ignore', 'inherit', 'pipe'] });
  const stderr = result.stderr?.toString() ?? '';
  if (result.status === 0) return true;
  attempts.push(
    `${label}: ${result.error?.message ?? `exit code ${result.status}`}\n    ${summarize(stderr)}`,
  );
  return false;
}

try {
  cpSync(source, pkgDir, { recursive: true, filter: (src) => basename(src) !== 'build' || src === source });
  const built = join(pkgDir, 'build', 'Release', 'better_sqlite3.node');
  const binDir = join(root, 'node_modules');
  const tries = [
    () =>
      run(
        `prebuilt binary for Electron ${electron.version} (${process.platform}-${arch})`,
        process.execPath,
        [
          join(binDir, 'prebuild-install', 'bin.js'),
          '--runtime=electron',
          `--target=${electron.version}`,
          `--arch=${arch}`,
          `--platform=${process.platform}`,
          '--verbose',
        ],
      ),
    () =>
      run(`compiling with node-gyp against Electron ${electron.version} headers`, process.execPath, [
        join(binDir, 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electron.version}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ]),
  ];
  let done = false;
  for (const attempt of tries) {
    if (!attempt() || !existsSync(built)) continue;
    const problem = abiProblem(built, electron);
    if (problem) {
      attempts.push(`result rejected: ${problem.message}`);
      rmSync(built, { force: true });
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    cpSync(built, outFile);
    done = true;
    break;
  }
  if (!done) {
    console.error(
      [
        `native:electron: could not build better-sqlite3 for Electron ${electron.version} (ABI ${electron.abi}).`,
        ...attempts.map((a) => `  - ${a}`),
        'A prebuilt binary needs github.com; compiling needs electronjs.org/headers, Python and a C++ toolchain',
        '(Windows: Visual Studio Build Tools with "Desktop development with C++"; macOS: Xcode command line tools).',
        'Unit and browser tests do not need this build; `npm start` and the Electron tests do.',
      ].join('\n'),
    );
    process.exitCode = 1;
  } else {
    console.log(
      `native:electron: built ${relative(root, outFile)} for Electron ${electron.version} (ABI ${electron.abi}).`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
