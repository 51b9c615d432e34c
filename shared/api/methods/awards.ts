import { z } from 'zod';
import { Id } from '../schemas.ts';
import { ById, method, Nothing } from '../method.ts';
import { ConferenceRef, Ids, Removed, rowsOf } from '../schemas/recordFields.ts';
import {
  AwardEntry,
  AwardEntryInput,
  AwardEntryPatch,
  AwardForm,
  AwardFormInput,
  AwardList,
  AwardQuery,
  AwardStatistics,
} from '../schemas/awards.ts';

export const awardMethods = {
  'awardForms.list': method(Nothing, z.array(AwardForm)),
  'awardForms.create': method(AwardFormInput, AwardForm),
  'awardForms.update': method(AwardFormInput.partial().extend({ id: Id }), AwardForm),
  'awardForms.delete': method(ById, Removed),
  'awardForms.restore': method(ById, AwardForm),

  'awards.list': method(AwardQuery, AwardList),
  'awards.create': method(AwardEntryInput.extend({ conferenceId: Id }), AwardEntry),
  'awards.createMany': method(
    z.object({ conferenceId: Id, rows: rowsOf(AwardEntryInput) }),
    z.array(AwardEntry),
  ),
  'awards.update': method(AwardEntryPatch, AwardEntry),
  'awards.delete': method(Ids, Removed),
  'awards.restore': method(Ids, z.array(AwardEntry)),
  /** Counts by level, member, form and recipient kind, and the share of small collectives and direct workers. */
  'awards.statistics': method(ConferenceRef, AwardStatistics),
};
