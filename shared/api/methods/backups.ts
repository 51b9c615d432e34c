/**
 * "Sao lưu & chia sẻ": copies of the whole database kept beside it (restorable with one confirmation), and one
 * conference as a `.thukyhn` file that another clerk opens and merges into their own database.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method, Nothing } from '../method.ts';

/** Why a backup was made: by hand, the first start of a day, before an import, before a restore. */
export const BackupReason = z.enum(['manual', 'daily', 'import', 'restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupName = z
  .string({ error: 'Chưa chọn bản sao lưu.' })
  .regex(/^thuky-\d{8}T\d{9}Z-[a-z]+(?:-[a-z][a-z0-9]*)?(?:-\d+)?\.db$/u, 'Tên bản sao lưu không hợp lệ.');

export const Backup = z.object({
  name: z.string(),
  /** ISO time (UTC) the backup was taken. */
  createdAt: z.string(),
  size: z.number().int().nonnegative(),
  reason: BackupReason,
  /** What was about to be imported ("returns", "delegates", "awards"); empty otherwise. */
  detail: z.string(),
});
export type Backup = z.infer<typeof Backup>;

export const BackupList = z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(Backup) });

export const ConferenceFileOut = z.object({
  fileName: z.string(),
  path: z.string().nullable(),
  base64: z.string().nullable(),
});

export const ConferenceFileIn = z.union([
  z.object({ path: z.string().min(1, 'Đường dẫn tệp trống.').max(4096) }).strict(),
  z
    .object({
      name: z.string().min(1).max(260),
      base64: z.string().max(90_000_000, 'Tệp quá lớn (tối đa khoảng 64 MB).'),
    })
    .strict(),
]);

/** What a merge did, counted per kind of record: added, or already there (matched and left as it was). */
export const MergeCount = z.object({ added: z.number().int(), matched: z.number().int() });
export const MergeSummary = z.object({
  conferenceId: Id,
  conferenceTitle: z.string(),
  /** True when the conference itself was new on this machine. */
  conferenceCreated: z.boolean(),
  clusterCreated: z.boolean(),
  members: MergeCount,
  delegates: MergeCount,
  agendaItems: MergeCount,
  speeches: MergeCount,
  awardEntries: MergeCount,
  returns: MergeCount,
  /** A backup of this database taken just before the merge, so it can be undone. */
  backupName: z.string(),
});
export type MergeSummary = z.infer<typeof MergeSummary>;

export const backupMethods = {
  'backups.list': method(Nothing, BackupList),
  'backups.create': method(Nothing, Backup),
  /** Puts a backup in place of the database, after backing up the current one (so a restore can be undone). */
  'backups.restore': method(z.object({ name: BackupName }), z.object({ restored: Backup, undo: Backup })),
  /** One conference as a `.thukyhn` file: to `path`, else through a save dialog, else (browser mode) as bytes. */
  'conferences.exportFile': method(
    z.object({ id: Id, path: z.string().min(1).max(4096).optional() }),
    ConferenceFileOut,
  ),
  /** Opens a `.thukyhn` file and merges it into this database in one transaction. */
  'conferences.importFile': method(ConferenceFileIn, MergeSummary),
};
