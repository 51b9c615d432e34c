/** `thuky backup | export | merge`: backups and conference files from the command line. */
import { resolve } from 'node:path';
import { openDatabase, type Db } from '../db/connection.ts';
import { createBackup } from '../backups/backups.ts';
import { writeConferenceFile } from '../backups/conferenceExport.ts';
import { importConferenceFile } from '../backups/conferenceImport.ts';
import {
  conferenceIdOption,
  requireDb,
  stringOption,
  UsageError,
  type Command,
  type ParsedArgs,
} from './command.ts';

async function withDb<T>(args: ParsedArgs, use: (db: Db, file: string) => Promise<T> | T): Promise<T> {
  const file = requireDb(args);
  const db = openDatabase(file);
  try {
    return await use(db, file);
  } finally {
    db.close();
  }
}

const print = (json: unknown, text: string, args: ParsedArgs) =>
  console.log(args.values.json ? JSON.stringify(json, null, 2) : text);

export const backupCommand: Command = {
  name: 'backup',
  usage: ['thuky backup --db FILE                sao lưu cơ sở dữ liệu vào thư mục backups/ bên cạnh'],
  run: (args) =>
    withDb(args, async (db, databasePath) => {
      const backup = await createBackup({ db, databasePath }, 'manual');
      print(backup, `Đã sao lưu: ${resolve(databasePath, '..', 'backups', backup.name)}`, args);
      return 0;
    }),
};

export const exportCommand: Command = {
  name: 'export',
  usage: ['thuky export --db FILE [--conference ID] --out FILE.thukyhn   xuất một hội nghị ra tệp'],
  options: { conference: { type: 'string' }, out: { type: 'string' } },
  run: (args) =>
    withDb(args, (db) => {
      const out = stringOption(args, 'out');
      if (!out) throw new UsageError('Thiếu --out FILE.thukyhn.');
      const id = conferenceIdOption(db, args);
      writeConferenceFile(db, id, resolve(out));
      print({ conferenceId: id, path: resolve(out) }, `Đã xuất hội nghị #${id} ra ${resolve(out)}.`, args);
      return 0;
    }),
};

export const mergeCommand: Command = {
  name: 'merge',
  usage: ['thuky merge FILE.thukyhn --db FILE     mở tệp hội nghị và gộp vào cơ sở dữ liệu'],
  run: (args) =>
    withDb(args, async (db, databasePath) => {
      const [file] = args.positionals;
      if (!file) throw new UsageError('Thiếu tệp: thuky merge FILE.thukyhn --db FILE.');
      const s = await importConferenceFile({ db, databasePath }, { path: resolve(file) });
      const line = (label: string, c: { added: number; matched: number }) =>
        `${label}: thêm ${c.added}, đã có ${c.matched}`;
      const text = [
        `${s.conferenceCreated ? 'Đã thêm' : 'Đã gộp vào'} hội nghị #${s.conferenceId} "${s.conferenceTitle}".`,
        line('Thành viên', s.members),
        line('Đại biểu', s.delegates),
        line('Chương trình', s.agendaItems),
        line('Phát biểu', s.speeches),
        line('Khen thưởng', s.awardEntries),
        line('Biểu số liệu', s.returns),
        `Bản sao lưu trước khi gộp: ${s.backupName}`,
      ].join('\n');
      print(s, text, args);
      return 0;
    }),
};

export const backupCommands: Command[] = [backupCommand, exportCommand, mergeCommand];
