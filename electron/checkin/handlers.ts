import type { HandlersFor } from '../api/handlers.ts';
import type { checkinMethods } from '../../shared/api/methods/checkin.ts';
import * as checkin from './repository.ts';

export const checkinHandlers: HandlersFor<typeof checkinMethods> = {
  'checkin.desk': ({ db }, { conferenceId }) => checkin.checkinDesk(db, conferenceId),
  'checkin.counts': ({ db }, { conferenceId }) => checkin.countAttendance(db, conferenceId),
  'checkin.scan': ({ db }, input) => checkin.checkInByCode(db, input),
  'checkin.checkIn': ({ db }, { id }) => checkin.checkIn(db, id),
  'checkin.undo': ({ db }, { id }) => checkin.undoCheckIn(db, id),
  'checkin.markAbsent': ({ db }, { id, reason }) => checkin.markAbsent(db, id, reason),
  'checkin.walkIn': ({ db }, input) => checkin.walkIn(db, input),
};
