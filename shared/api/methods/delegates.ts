import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { ConferenceRef, Ids, Removed, rowsOf } from '../schemas/recordFields.ts';
import {
  CopyFromConference,
  CopySummary,
  Delegate,
  DelegateInput,
  DelegateList,
  DelegatePatch,
  DelegateQuery,
  DelegateReorder,
} from '../schemas/delegates.ts';

export const delegateMethods = {
  'delegates.list': method(DelegateQuery, DelegateList),
  'delegates.get': method(z.object({ id: Id }), Delegate),
  'delegates.create': method(DelegateInput.extend({ conferenceId: Id }), Delegate),
  /** A paste from Excel: all rows or none, problems reported per row ("rows.3.fullName"). */
  'delegates.createMany': method(
    z.object({ conferenceId: Id, rows: rowsOf(DelegateInput) }),
    z.array(Delegate),
  ),
  /** Changes only the fields it names (inline editing of one cell). */
  'delegates.update': method(DelegatePatch, Delegate),
  'delegates.delete': method(Ids, Removed),
  'delegates.restore': method(Ids, z.array(Delegate)),
  /** The clerk's protocol order: the full ordered id list, or one id moved to a 0-based place. */
  'delegates.reorder': method(DelegateReorder, z.array(Delegate)),
  /** Forget the manual order and go back to the rule order. */
  'delegates.resetOrder': method(ConferenceRef, z.array(Delegate)),
  /** "Start from last time": delegates (statuses reset), agenda and speech list of an earlier conference. */
  'delegates.copyFromConference': method(CopyFromConference, CopySummary),
};
