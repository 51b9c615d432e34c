import type { HandlersFor } from '../api/handlers.ts';
import type { seatingMethods } from '../../shared/api/methods/seating.ts';
import * as seating from './repository.ts';

export const seatingHandlers: HandlersFor<typeof seatingMethods> = {
  'seating.get': ({ db }, { conferenceId }) => seating.getSeatingPlan(db, conferenceId),
  'seating.configure': ({ db }, input) => seating.configureSeating(db, input),
  'seating.autoAssign': ({ db }, { conferenceId }) => seating.autoAssignSeats(db, conferenceId),
  'seating.move': ({ db }, input) => seating.moveSeat(db, input),
};
