import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { count, Ids, Removed, rowsOf } from '../schemas/recordFields.ts';
import { Speech, SpeechInput, SpeechPatch, SpeechQuery } from '../schemas/speeches.ts';

export const speechMethods = {
  /** In speaking order; `registrations: ['dang_ky', 'chap_nhan', 'tu_choi']` gives the đăng ký phát biểu list. */
  'speeches.list': method(SpeechQuery, z.array(Speech)),
  'speeches.create': method(SpeechInput.extend({ conferenceId: Id }), Speech),
  'speeches.createMany': method(
    z.object({ conferenceId: Id, rows: rowsOf(SpeechInput, 500) }),
    z.array(Speech),
  ),
  'speeches.update': method(SpeechPatch, Speech),
  'speeches.move': method(z.object({ id: Id, position: count('Vị trí mới', 10_000) }), z.array(Speech)),
  'speeches.delete': method(Ids, Removed),
  'speeches.restore': method(Ids, z.array(Speech)),
};
