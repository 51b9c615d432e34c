import { dirname, resolve } from 'node:path';
import type { HandlersFor } from '../api/handlers.ts';
import type { documentMethods } from '../../shared/api/methods/documents.ts';
import { getDocumentSettings, updateDocumentSettings } from './settings.ts';
import { headingDefaults, particularsFor, printedParticulars } from './particulars.ts';
import { openPackFolder, rememberPackFolder } from './packFolders.ts';
import { getConclusions, updateConclusions } from './conclusions.ts';
import { generatePack, packDocumentsInfo } from './pack/generate.ts';
import { previewDocument } from './pack/previewDocument.ts';

export const documentHandlers: HandlersFor<typeof documentMethods> = {
  'documents.settings.get': ({ db }, { clusterId }) => getDocumentSettings(db, clusterId),
  'documents.settings.update': ({ db }, input) => updateDocumentSettings(db, input),
  'documents.particulars.defaults': ({ db }, { conferenceId, kind }) =>
    particularsFor(db, conferenceId, kind),
  'documents.heading.defaults': ({ db }, { conferenceId, document }) =>
    headingDefaults(db, conferenceId, document),
  'documents.list': ({ db }, { conferenceId }) =>
    packDocumentsInfo(db, conferenceId, { delegateColumns: [], particulars: [], headings: [] }).map(
      (info) => ({ ...info, printed: printedParticulars[info.id] }),
    ),
  'documents.preview': ({ db }, { conferenceId, document, options }) =>
    previewDocument(db, conferenceId, document, options),
  'documents.generate': async (ctx, { conferenceId, documents, options, folder }) => {
    const run = await generatePack(ctx.db, conferenceId, documents, options, {
      folder: folder ? resolve(folder) : null,
    });
    if (run.folder) rememberPackFolder(ctx, run.folder);
    return { folder: run.folder, files: run.files };
  },
  'documents.openFolder': (ctx, { folder }) => openPackFolder(ctx, folder),
  'documents.chooseFolder': async ({ dialogs }) => {
    if (!dialogs) return { available: false, folder: null };
    // The dialogs offer no folder picker: the clerk names the first file and the pack goes beside it.
    const chosen = await dialogs.saveFile({
      title: 'Chọn thư mục lưu bộ tài liệu hội nghị',
      defaultPath: 'Chương trình hội nghị.docx',
    });
    return { available: true, folder: chosen ? dirname(chosen) : null };
  },
  'documents.conclusions.get': ({ db }, { conferenceId }) => getConclusions(db, conferenceId),
  'documents.conclusions.update': ({ db }, input) => updateConclusions(db, input),
};
