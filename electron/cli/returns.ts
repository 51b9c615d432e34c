/** `thuky returns template|import|export`: the members' Excel returns from the command line. */
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../db/connection.ts';
import { exportConsolidation, writeTemplates } from '../returns/handlers.ts';
import { importReturns } from '../returns/importReturns.ts';
import { backupBeforeImport } from '../backups/backups.ts';
import {
  conferenceIdOption,
  requireDb,
  stringOption,
  UsageError,
  type Command,
  type ParsedArgs,
} from './command.ts';

const outcomeLabels = {
  imported: 'đã nhận',
  replaced: 'đã nhận (thay bản trước)',
  refused: 'từ chối',
} as const;

function order(args: ParsedArgs): 'rank' | 'cluster' {
  const value = stringOption(args, 'order') ?? 'cluster';
  if (value !== 'rank' && value !== 'cluster')
    throw new UsageError('--order chỉ nhận "rank" hoặc "cluster".');
  return value;
}

function requireOut(args: ParsedArgs, what: string): string {
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError(`Thiếu --out ${what}.`);
  return resolve(out);
}

async function run(args: ParsedArgs, db: Db): Promise<number> {
  const [action, ...files] = args.positionals;
  if (action === 'template') {
    const result = await writeTemplates({ db }, conferenceIdOption(db, args), requireOut(args, 'DIR'));
    if (args.values.json)
      console.log(
        JSON.stringify(
          result.files.map(({ base64: _, ...f }) => f),
          null,
          2,
        ),
      );
    else console.log(`Đã ghi ${result.files.length} biểu mẫu vào ${result.folder}.`);
    return 0;
  }
  if (action === 'import') {
    if (files.length === 0) throw new UsageError('Thiếu tệp: thuky returns import FILE... --db FILE.');
    await backupBeforeImport({ db, databasePath: requireDb(args) }, 'returns');
    const results = await importReturns(
      db,
      conferenceIdOption(db, args),
      files.map((f) => resolve(f)),
    );
    if (args.values.json) {
      const report = results.map((r) => ({
        file: r.file,
        member: r.memberName,
        memberId: r.memberId,
        outcome: r.outcome,
        valuesRead: r.valuesRead,
        problems: r.problems,
      }));
      console.log(JSON.stringify(report, null, 2));
    } else {
      for (const r of results) {
        console.log(
          `${r.file}: ${r.memberName ?? 'không rõ đơn vị'} — ${outcomeLabels[r.outcome]}, ${r.valuesRead} số liệu`,
        );
        for (const p of r.problems)
          console.log(`  ${[p.sheet, p.cell].filter(Boolean).join('!') || '—'}: ${p.message}`);
      }
    }
    return results.some((r) => r.outcome === 'refused') ? 1 : 0;
  }
  if (action === 'export') {
    const written = await exportConsolidation(
      { db },
      conferenceIdOption(db, args),
      order(args),
      requireOut(args, 'FILE.xlsx'),
    );
    console.log(`Đã ghi bảng tổng hợp vào ${written.path}.`);
    return 0;
  }
  throw new UsageError('Dùng: thuky returns template|import|export …');
}

export const returnsCommand: Command = {
  name: 'returns',
  usage: [
    'thuky returns template --db FILE [--conference ID] --out DIR   ghi biểu mẫu số liệu, mỗi đơn vị một tệp',
    'thuky returns import FILE... --db FILE [--conference ID] [--json]   nhận biểu số liệu các đơn vị gửi về',
    'thuky returns export --db FILE [--conference ID] [--order rank|cluster] --out FILE.xlsx   bảng tổng hợp',
  ],
  options: { conference: { type: 'string' }, out: { type: 'string' }, order: { type: 'string' } },
  async run(args) {
    const db = openDatabase(requireDb(args));
    try {
      return await run(args, db);
    } finally {
      db.close();
    }
  },
};
