/**
 * Where the tier can run, make sure better-sqlite3 exists for Electron's ABI first; without it the app would
 * stop at its "cannot open the database" box. Where it cannot run, the spec reports itself skipped.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cannotRunElectron, repo } from './electronBinary.ts';

export default function globalSetup(): void {
  const reason = cannotRunElectron();
  if (reason !== null) {
    // The list reporter shows skips without their reason; say it once here.
    console.log(`Electron tier skipped: ${reason}.`);
    return;
  }
  const built = spawnSync(process.execPath, [join(repo, 'scripts', 'build-native-electron.mjs')], {
    cwd: repo,
    stdio: 'inherit',
  });
  if (built.status !== 0)
    throw new Error(
      'better-sqlite3 could not be built for Electron (see above); the Electron tier cannot run.',
    );
}
