import type { HandlersFor } from '../api/handlers.ts';
import type { agendaMethods } from '../../shared/api/methods/agenda.ts';
import * as agenda from './repository.ts';

export const agendaHandlers: HandlersFor<typeof agendaMethods> = {
  'agenda.list': ({ db }, { conferenceId }) => agenda.listAgenda(db, conferenceId),
  'agenda.create': ({ db }, { conferenceId, position, ...row }) =>
    agenda.createAgendaItems(db, conferenceId, [row], { batch: false, position })[0]!,
  'agenda.createMany': ({ db }, { conferenceId, rows }) =>
    agenda.createAgendaItems(db, conferenceId, rows, { batch: true }),
  'agenda.update': ({ db }, patch) => agenda.updateAgendaItem(db, patch),
  'agenda.move': ({ db }, { id, position }) => agenda.moveAgendaItem(db, id, position),
  'agenda.delete': ({ db }, { ids }) => agenda.deleteAgendaItems(db, ids),
  'agenda.restore': ({ db }, { ids }) => agenda.restoreAgendaItems(db, ids),
  'agenda.setTimes': ({ db }, input) => agenda.setAgendaTimes(db, input),
};
