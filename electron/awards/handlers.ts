import type { HandlersFor } from '../api/handlers.ts';
import type { awardMethods } from '../../shared/api/methods/awards.ts';
import * as forms from './forms.ts';
import * as awards from './repository.ts';
import { awardStatistics } from './statistics.ts';

export const awardHandlers: HandlersFor<typeof awardMethods> = {
  'awardForms.list': ({ db }) => forms.listAwardForms(db),
  'awardForms.create': ({ db }, input) => forms.createAwardForm(db, input),
  'awardForms.update': ({ db }, patch) => forms.updateAwardForm(db, patch),
  'awardForms.delete': ({ db }, { id }) => forms.deleteAwardForm(db, id),
  'awardForms.restore': ({ db }, { id }) => forms.restoreAwardForm(db, id),

  'awards.list': ({ db }, query) => awards.listAwards(db, query),
  'awards.create': ({ db }, { conferenceId, ...row }) =>
    awards.createAwards(db, conferenceId, [row], false)[0]!,
  'awards.createMany': ({ db }, { conferenceId, rows }) => awards.createAwards(db, conferenceId, rows, true),
  'awards.update': ({ db }, patch) => awards.updateAward(db, patch),
  'awards.delete': ({ db }, { ids }) => awards.deleteAwards(db, ids),
  'awards.restore': ({ db }, { ids }) => awards.restoreAwards(db, ids),
  'awards.statistics': ({ db }, { conferenceId }) => awardStatistics(db, conferenceId),
};
