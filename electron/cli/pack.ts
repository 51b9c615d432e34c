/** `thuky pack --db FILE [--conference ID] --out DIR`: the whole conference pack, one line per file written. */
import { resolve } from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { listConferences } from '../conferences/repository.ts';
import { packDocumentIds } from '../../shared/api/methods/documents.ts';
import { PackOptions } from '../../shared/api/methods/documents.ts';
import { generatePack } from '../documents/pack/generate.ts';
import { requireDb, stringOption, UsageError, type Command, type ParsedArgs } from './command.ts';
import type { Db } from '../db/connection.ts';

function conferenceId(db: Db, args: ParsedArgs): number {
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

export const packCommand: Command = {
  name: 'pack',
  usage: [
    'thuky pack --db FILE [--conference ID] --out DIR   ghi bộ tài liệu hội nghị (giấy mời, chương trình, danh sách, kịch bản, báo cáo, biên bản…)',
  ],
  options: { conference: { type: 'string' }, out: { type: 'string' } },
  async run(args) {
    const out = stringOption(args, 'out');
    if (!out) throw new UsageError('Thiếu --out DIR: thư mục ghi bộ tài liệu.');
    const db = openDatabase(requireDb(args));
    try {
      const run = await generatePack(db, conferenceId(db, args), packDocumentIds, PackOptions.parse({}), {
        folder: resolve(out),
        skipMissing: true,
        onFile: (file) => console.log(file.path),
      });
      for (const s of run.skipped) console.error(`Bỏ qua ${s.document}: ${s.reason}`);
      console.log(`Đã ghi ${run.files.length} tệp vào ${run.folder}.`);
      return run.files.length > 0 ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
