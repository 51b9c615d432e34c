import { z } from 'zod';
import { Conference, ConferenceInput, Id } from '../schemas.ts';
import { ById, Done, method } from '../method.ts';

export const conferenceMethods = {
  'conferences.list': method(z.object({ clusterId: Id.optional() }), z.array(Conference)),
  'conferences.get': method(ById, Conference),
  'conferences.create': method(ConferenceInput, Conference),
  'conferences.update': method(ConferenceInput.extend({ id: Id }), Conference),
  'conferences.delete': method(ById, Done),
  'conferences.restore': method(ById, Conference),
};
