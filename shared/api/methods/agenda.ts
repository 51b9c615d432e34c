import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { ConferenceRef, count, Ids, Removed, rowsOf } from '../schemas/recordFields.ts';
import { AgendaItem, AgendaItemInput, AgendaItemPatch, AgendaList, AgendaTimes } from '../schemas/agenda.ts';

export const agendaMethods = {
  'agenda.list': method(ConferenceRef, AgendaList),
  /** Adds an item at `position` (0-based; default: at the end). */
  'agenda.create': method(
    AgendaItemInput.extend({ conferenceId: Id, position: count('Vị trí', 10_000).optional() }),
    AgendaItem,
  ),
  'agenda.createMany': method(
    z.object({ conferenceId: Id, rows: rowsOf(AgendaItemInput, 500) }),
    z.array(AgendaItem),
  ),
  'agenda.update': method(AgendaItemPatch, AgendaItem),
  'agenda.move': method(z.object({ id: Id, position: count('Vị trí mới', 10_000) }), AgendaList),
  'agenda.delete': method(Ids, Removed),
  'agenda.restore': method(Ids, z.array(AgendaItem)),
  /** The conference's start and planned end times (left out = unchanged; null = clear). */
  'agenda.setTimes': method(AgendaTimes, AgendaList),
};
