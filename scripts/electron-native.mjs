/** Shared by build-native-electron.mjs and dist.mjs: which Electron, a clean build env, and the ABI proof. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronInfo(root) {
  const dir = join(root, 'node_modules', 'electron');
  const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  const abi = readFileSync(join(dir, 'abi_version'), 'utf8').trim();
  return { version, abi };
}

/**
 * The environment minus the settings npm exports from .npmrc that silently retarget a native build: with
 * `nodedir` set, node-gyp compiles against Node's headers and still reports a successful Electron rebuild.
 */
export function nativeBuildEnv(env = process.env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (
      /^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source)$/iu.test(key)
    )
      delete clean[key];
  }
  return clean;
}

/**
 * Loads the addon in this Node process's runtime. An addon built for Electron must be refused with Electron's
 * NODE_MODULE_VERSION. Returns null for a genuine Electron build; otherwise what is wrong, `builtForNode` when
 * the addon loads in Node (the .npmrc trap), which is certainly wrong, unlike e.g. another architecture's build.
 */
export function abiProblem(file, electron) {
  const probe = spawnSync(
    process.execPath,
    ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file],
    {
      encoding: 'utf8',
    },
  );
  if (probe.status === 0)
    return {
      builtForNode: true,
      message: `${file} loads in Node ${process.version}, so it was built for Node, not Electron (is npm_config_nodedir set?)`,
    };
  if (!probe.stderr.includes(`NODE_MODULE_VERSION ${electron.abi}`)) {
    const said = probe.stderr.trim().split('\n').slice(0, 3).join('\n    ');
    return {
      builtForNode: false,
      message: `expected ${file} to target NODE_MODULE_VERSION ${electron.abi} (Electron ${electron.version}); Node said:\n    ${said}`,
    };
  }
  return null;
}
