import type { HandlersFor } from '../api/handlers.ts';
import type { importMethods } from '../../shared/api/methods/imports.ts';
import { buildPreview } from './preview.ts';
import { commitImport } from './commit.ts';
import { listBatches, undoBatch } from './batches.ts';

export const importHandlers: HandlersFor<typeof importMethods> = {
  'imports.preview': async ({ db }, input) => (await buildPreview(db, input)).preview,
  'imports.commit': (ctx, input) => commitImport(ctx, input),
  'imports.batches': ({ db }, { conferenceId }) => listBatches(db, conferenceId),
  'imports.undo': ({ db }, { batchId }) => undoBatch(db, batchId),
};
