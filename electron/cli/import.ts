/**
 * `thuky import delegates|awards FILE --db FILE [--conference ID] [--delegation NAME] [--json]`: the app's import
 * with its proposals taken as they are (new rows added, changed ones updated, the rest skipped), as one batch.
 */
import { resolve } from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { ImportRequest } from '../../shared/api/methods/imports.ts';
import { commitImport } from '../importBatches/commit.ts';
import { conferenceIdOption, requireDb, stringOption, UsageError, type Command } from './command.ts';

export const importCommand: Command = {
  name: 'import',
  usage: [
    'thuky import delegates|awards FILE --db FILE [--conference ID] [--delegation NAME] [--json]',
    '                                             nhập danh sách đại biểu/khen thưởng thành một lần nhập',
  ],
  options: { conference: { type: 'string' }, delegation: { type: 'string' } },
  async run(args) {
    const [kind, file, ...extra] = args.positionals;
    if (kind !== 'delegates' && kind !== 'awards')
      throw new UsageError('Cần chỉ rõ "delegates" hoặc "awards" sau "import".');
    if (!file) throw new UsageError(`Thiếu đường dẫn tệp: thuky import ${kind} FILE --db FILE.`);
    if (extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}.`);
    const databasePath = requireDb(args);
    const db = openDatabase(databasePath);
    try {
      const delegation = stringOption(args, 'delegation');
      const request = ImportRequest.safeParse({
        conferenceId: conferenceIdOption(db, args),
        kind,
        file: resolve(file),
        ...(delegation !== undefined && { delegation }),
      });
      if (!request.success) throw new UsageError(request.error.issues[0]!.message);
      const result = await commitImport(
        { db, databasePath, appVersion: 'cli' },
        { ...request.data, decisions: [] },
      );
      if (args.values.json) console.log(JSON.stringify(result, null, 2));
      else {
        const { batch, problems } = result;
        const owner = batch.memberName ?? batch.delegationLabel;
        console.log(
          `Lần nhập #${batch.id} — ${batch.fileName}${owner ? ` (${owner})` : ''}: ` +
            `thêm ${batch.added}, cập nhật ${batch.updated}, bỏ qua ${batch.skipped}.`,
        );
        for (const p of problems)
          console.log(`  dòng ${p.row}${p.column ? `, cột ${p.column}` : ''}: ${p.message}`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
