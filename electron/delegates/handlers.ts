import type { HandlersFor } from '../api/handlers.ts';
import type { delegateMethods } from '../../shared/api/methods/delegates.ts';
import * as delegates from './repository.ts';
import { resetDelegateOrder, reorderDelegates } from './order.ts';
import { copyFromConference } from './copy.ts';

export const delegateHandlers: HandlersFor<typeof delegateMethods> = {
  'delegates.list': ({ db }, query) => delegates.listDelegates(db, query),
  'delegates.get': ({ db }, { id }) => delegates.getDelegate(db, id),
  'delegates.create': ({ db }, { conferenceId, ...row }) =>
    delegates.createDelegates(db, conferenceId, [row], false)[0]!,
  'delegates.createMany': ({ db }, { conferenceId, rows }) =>
    delegates.createDelegates(db, conferenceId, rows, true),
  'delegates.update': ({ db }, patch) => delegates.updateDelegate(db, patch),
  'delegates.delete': ({ db }, { ids }) => delegates.deleteDelegates(db, ids),
  'delegates.restore': ({ db }, { ids }) => delegates.restoreDelegates(db, ids),
  'delegates.reorder': ({ db }, input) => reorderDelegates(db, input),
  'delegates.resetOrder': ({ db }, { conferenceId }) => resetDelegateOrder(db, conferenceId),
  'delegates.copyFromConference': ({ db }, input) => copyFromConference(db, input),
};
