/** `thuky pack --db FILE [--conference ID] --out DIR`: the whole conference pack, one line per file written. */
import { resolve } from 'node:path';
import { openDatabase } from '../db/connection.ts';
import { PackOptions, packDocumentIds } from '../../shared/api/methods/documents.ts';
import { generatePack } from '../documents/pack/generate.ts';
import { conferenceIdOption, requireDb, stringOption, UsageError, type Command } from './command.ts';

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
      const run = await generatePack(
        db,
        conferenceIdOption(db, args),
        packDocumentIds,
        PackOptions.parse({}),
        {
          folder: resolve(out),
          skipMissing: true,
          onFile: (file) => console.log(file.path),
        },
      );
      for (const s of run.skipped) console.error(`Bỏ qua ${s.document}: ${s.reason}`);
      console.log(`Đã ghi ${run.files.length} tệp vào ${run.folder}.`);
      return run.files.length > 0 ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
