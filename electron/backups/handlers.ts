import { resolve } from 'node:path';
import type { HandlersFor } from '../api/handlers.ts';
import type { backupMethods } from '../../shared/api/methods/backups.ts';
import { backupFolder, createBackup, defaultKeep, listBackups } from './backups.ts';
import { restoreBackup } from './restore.ts';
import { exportConference } from './conferenceExport.ts';
import { importConferenceFile } from './conferenceImport.ts';

export const backupHandlers: HandlersFor<typeof backupMethods> = {
  'backups.list': ({ databasePath }) => ({
    folder: backupFolder(databasePath),
    keep: defaultKeep,
    backups: listBackups(databasePath),
  }),
  'backups.create': (ctx) => createBackup(ctx, 'manual'),
  'backups.restore': (ctx, { name }) => restoreBackup(ctx, name),
  'conferences.exportFile': (ctx, { id, path }) => exportConference(ctx, id, path && resolve(path)),
  'conferences.importFile': (ctx, file) =>
    importConferenceFile(ctx, 'path' in file ? { path: resolve(file.path) } : file),
};
