import type { HandlersFor } from '../api/handlers.ts';
import type { documentMethods } from '../../shared/api/methods/documents.ts';
import { getDocumentSettings, updateDocumentSettings } from './settings.ts';
import { particularsFor } from './particulars.ts';

export const documentHandlers: HandlersFor<typeof documentMethods> = {
  'documents.settings.get': ({ db }, { clusterId }) => getDocumentSettings(db, clusterId),
  'documents.settings.update': ({ db }, input) => updateDocumentSettings(db, input),
  'documents.particulars.defaults': ({ db }, { conferenceId, kind }) =>
    particularsFor(db, conferenceId, kind),
};
