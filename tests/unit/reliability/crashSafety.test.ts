/**
 * Crash safety: a child process is killed with SIGKILL in the middle of a large import and of a document write.
 * The database must pass integrity_check and hold all or none of the import; no half-written file may carry
 * the final name.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freshDb, tempDir } from '../support/db.ts';
import { openDatabase } from '../../../electron/db/connection.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';

const repo = resolve(import.meta.dirname, '../../..');
const child = join(import.meta.dirname, 'crashChild.ts');
const importRows = 6_000;
const writeSize = 8 * 1024 * 1024;

/** Runs the child until a line matches `killWhen`, kills it with SIGKILL there, and returns what it printed. */
function runAndKill(args: string[], killWhen: (line: string) => boolean): Promise<string[]> {
  return new Promise((done, fail) => {
    // `node --import tsx`, not the tsx launcher: the launcher runs the script in a grandchild SIGKILL would miss.
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let errors = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      fail(new Error(`child never reached the kill point; printed ${lines.join(' | ')} ${errors}`));
    }, 60_000);
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (killWhen(line) && proc.exitCode === null) proc.kill('SIGKILL');
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    proc.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`child ended without being killed: ${errors}`));
      else done(lines);
    });
  });
}

function preparedDatabase(): { file: string; conferenceId: number; before: number } {
  const { db, file } = freshDb();
  const { conferenceId } = seedDemo(db);
  const before = db.prepare('SELECT count(*) FROM delegate').pluck().get() as number;
  db.close();
  return { file, conferenceId, before };
}

function inspect(file: string): { integrity: string; delegates: number } {
  const db = openDatabase(file);
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      delegates: db.prepare('SELECT count(*) FROM delegate').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('SIGKILL half-way through a 6,000-row import leaves none of it, and a sound database', async () => {
    const { file, conferenceId, before } = preparedDatabase();
    const lines = await runAndKill(['import', file, String(conferenceId)], (line) => line === 'row 3000');
    expect(lines).toContain('row 3000');
    expect(lines).not.toContain('committed');
    // The killed transaction left its pages in the -wal file; opening the database must discard them.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(inspect(file)).toEqual({ integrity: 'ok', delegates: before });
  });

  it('SIGKILL right after the import returned keeps all of it', async () => {
    const { file, conferenceId, before } = preparedDatabase();
    const lines = await runAndKill(['import', file, String(conferenceId)], (line) => line === 'committed');
    expect(lines).toContain('committed');
    expect(inspect(file)).toEqual({ integrity: 'ok', delegates: before + importRows });
  });

  it('SIGKILL during atomic document writes never leaves a partial file under the final name', async () => {
    const dir = tempDir();
    const target = join(dir, 'Giấy mời.docx');
    // Kill during the first write (nothing under the name yet) and during a later one (the old file must stay).
    for (const killAt of ['ready', 'wrote 0', 'wrote 1']) {
      const lines = await runAndKill(['write', target], (line) => line === killAt);
      expect(lines).toContain(killAt);
      if (!existsSync(target)) {
        expect(killAt).toBe('ready');
        continue;
      }
      const bytes = readFileSync(target);
      expect(bytes.length).toBe(writeSize);
      const first = bytes[0]!;
      expect([0x41, 0x42]).toContain(first);
      expect(bytes.every((b) => b === first)).toBe(true);
    }
    // What a crash may leave is only a hidden temp file, never a second file that looks like the document.
    const others = readdirSync(dir).filter((name) => name !== 'Giấy mời.docx');
    expect(others.every((name) => name.startsWith('.Giấy mời.docx.') && name.endsWith('.tmp'))).toBe(true);
  });
});
