import { dirname, resolve } from 'node:path';
import type { HandlersFor } from '../api/handlers.ts';
import type { documentMethods } from '../../shared/api/methods/documents.ts';
import { getDocumentSettings, updateDocumentSettings } from './settings.ts';
import { particularsFor } from './particulars.ts';
import { getConclusions, updateConclusions } from './conclusions.ts';
import { generatePack, packDocumentsInfo } from './pack/generate.ts';
import { previewDocument } from './pack/previewDocument.ts';

export const documentHandlers: HandlersFor<typeof documentMethods> = {
  'documents.settings.get': ({ db }, { clusterId }) => getDocumentSettings(db, clusterId),
  'documents.settings.update': ({ db }, input) => updateDocumentSettings(db, input),
  'documents.particulars.defaults': ({ db }, { conferenceId, kind }) =>
    particularsFor(db, conferenceId, kind),
  'documents.list': ({ db }, { conferenceId }) =>
    packDocumentsInfo(db, conferenceId, { delegateColumns: [], particulars: [] }),
  'documents.preview': ({ db }, { conferenceId, document, options }) =>
    previewDocument(db, conferenceId, document, options),
  'documents.generate': async ({ db }, { conferenceId, documents, options, folder }) => {
    const run = await generatePack(db, conferenceId, documents, options, {
      folder: folder ? resolve(folder) : null,
    });
    return { folder: run.folder, files: run.files };
  },
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
