/** What a `thuky` sub-command is: each capability contributes its own in electron/cli/commands.ts. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/connection.ts';
import { listConferences } from '../conferences/repository.ts';

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export interface Command {
  name: string;
  /** One or more usage lines, Vietnamese, shown by `thuky --help`. */
  usage: string[];
  /** Options beyond the common --db, --json, --help (node:util parseArgs format). */
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  /** Returns the exit code; throw UsageError (exit 2) or DomainError (exit 1). */
  run(args: ParsedArgs): Promise<number> | number;
}

export class UsageError extends Error {}

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The --db FILE every data command takes, resolved, with its folder created. */
export function requireDb(args: ParsedArgs): string {
  const db = stringOption(args, 'db');
  if (!db) throw new UsageError('Thiếu --db FILE: đường dẫn tệp cơ sở dữ liệu.');
  const file = resolve(db);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

/** `--conference ID`, or the only conference the database holds ("may be left out" in DESIGN.md). */
export function conferenceIdOption(db: Db, args: ParsedArgs): number {
  const given = stringOption(args, 'conference');
  if (given !== undefined) {
    const id = Number(given);
    if (!Number.isInteger(id) || id <= 0)
      throw new UsageError('--conference phải là mã số hội nghị (số nguyên dương).');
    return id;
  }
  const all = listConferences(db);
  if (all.length === 1) return all[0]!.id;
  if (all.length === 0) throw new UsageError('Cơ sở dữ liệu chưa có hội nghị nào; hãy tạo hội nghị trước.');
  const list = all.map((c) => `#${c.id} ${c.title}`).join('; ');
  throw new UsageError(`Cơ sở dữ liệu có ${all.length} hội nghị; hãy chọn bằng --conference ID (${list}).`);
}
