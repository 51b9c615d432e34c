/**
 * Finds the Electron binary without requiring the 'electron' package (its index.js downloads the binary when
 * missing). ELECTRON_PATH wins; otherwise node_modules/electron/path.txt names the file under dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { found: true, path: fromEnv }
      : { found: false, reason: `ELECTRON_PATH=${fromEnv} does not exist` };
  }
  const packageDir = join(repo, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason:
        'node_modules/electron/path.txt is missing, so the binary was never downloaded ' +
        '(installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?); run `node node_modules/electron/install.js` or set ELECTRON_PATH',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `${binary} named by node_modules/electron/path.txt does not exist` };
}

/** Why this machine cannot run the Electron tier, or null when it can. */
export function cannotRunElectron(): string | null {
  const binary = findElectronBinary();
  if (!binary.found) return binary.reason;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'no display on this Linux machine (run the tier under xvfb-run)';
  return null;
}
