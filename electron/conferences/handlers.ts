import type { HandlersFor } from '../api/handlers.ts';
import type { conferenceMethods } from '../../shared/api/methods/conferences.ts';
import * as conferences from './repository.ts';

const done = { done: true } as const;

export const conferenceHandlers: HandlersFor<typeof conferenceMethods> = {
  'conferences.list': ({ db }, { clusterId }) => conferences.listConferences(db, clusterId),
  'conferences.get': ({ db }, { id }) => conferences.getConference(db, id),
  'conferences.create': ({ db }, input) => conferences.createConference(db, input),
  'conferences.update': ({ db }, input) => conferences.updateConference(db, input),
  'conferences.delete': ({ db }, { id }) => (conferences.deleteConference(db, id), done),
  'conferences.restore': ({ db }, { id }) => conferences.restoreConference(db, id),
};
