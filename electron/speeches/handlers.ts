import type { HandlersFor } from '../api/handlers.ts';
import type { speechMethods } from '../../shared/api/methods/speeches.ts';
import * as speeches from './repository.ts';

export const speechHandlers: HandlersFor<typeof speechMethods> = {
  'speeches.list': ({ db }, query) => speeches.listSpeeches(db, query),
  'speeches.create': ({ db }, { conferenceId, ...row }) =>
    speeches.createSpeeches(db, conferenceId, [row], false)[0]!,
  'speeches.createMany': ({ db }, { conferenceId, rows }) =>
    speeches.createSpeeches(db, conferenceId, rows, true),
  'speeches.update': ({ db }, patch) => speeches.updateSpeech(db, patch),
  'speeches.move': ({ db }, { id, position }) => speeches.moveSpeech(db, id, position),
  'speeches.delete': ({ db }, { ids }) => speeches.deleteSpeeches(db, ids),
  'speeches.restore': ({ db }, { ids }) => speeches.restoreSpeeches(db, ids),
};
