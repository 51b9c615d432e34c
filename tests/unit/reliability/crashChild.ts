/**
 * The process the crash tests kill with SIGKILL. Run as `node --import tsx crashChild.ts <mode> <file> [conferenceId]`.
 *   import  — one delegates.createMany of 6,000 rows through the router (one transaction). A TEMP trigger
 *             (connection-only: nothing of it reaches the file) prints "row N" every 1,000 inserted rows, so the
 *             parent can kill it while the transaction is half done; "committed" once it returned.
 *   write   — writes an 8 MB file through writeFileAtomic again and again, alternating its byte value.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../electron/db/connection.ts';
import { createRouter } from '../../../electron/api/router.ts';
import { writeFileAtomic } from '../../../electron/files/atomicWrite.ts';

const importRows = 6_000;
const writeSize = 8 * 1024 * 1024;

const say = (line: string) => writeSync(1, `${line}\n`);

async function runImport(file: string, conferenceId: number): Promise<void> {
  const db = openDatabase(file);
  db.function('progress', (id) => {
    if (typeof id === 'number' || typeof id === 'bigint') {
      if (Number(id) % 1000 === 0) say(`row ${Number(id)}`);
    }
    return null;
  });
  db.exec(
    `CREATE TEMP TRIGGER crash_progress AFTER INSERT ON main.delegate BEGIN SELECT progress(NEW.id); END`,
  );
  const api = createRouter({ db, databasePath: file, appVersion: 'crash-test' });
  const rows = Array.from({ length: importRows }, (_, i) => ({
    fullName: `Đại biểu số ${i + 1}`,
    organization: `Sở Nội vụ tỉnh ${i % 7}`,
    delegationKind: 'guest',
    positionLines: ['Phó Giám đốc'],
  }));
  say('ready');
  const result = await api('delegates.createMany', { conferenceId, rows });
  say(result.ok ? 'committed' : `failed ${JSON.stringify(result.error)}`);
  // Stay alive until killed: the parent decides when this process ends.
  setInterval(() => undefined, 1000);
}

function runWrites(target: string): void {
  say('ready');
  for (let round = 0; ; round += 1) {
    writeFileAtomic(target, Buffer.alloc(writeSize, round % 2 === 0 ? 0x41 : 0x42));
    say(`wrote ${round}`);
  }
}

const [mode, file, conference] = process.argv.slice(2);
if (mode === 'import' && file) void runImport(file, Number(conference));
else if (mode === 'write' && file) runWrites(file);
else {
  say('usage: crashChild.ts import|write FILE [conferenceId]');
  process.exit(2);
}
