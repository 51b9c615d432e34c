/**
 * All handlers, one table per capability. Each gets validated input; what it returns is checked against the
 * contract by the router. The `satisfies` below makes a missing or extra handler a type error.
 */
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract.ts';
import type { HandlerContext } from './context.ts';
import { appHandlers, clusterHandlers } from '../clusters/handlers.ts';
import { conferenceHandlers } from '../conferences/handlers.ts';
import { delegateHandlers } from '../delegates/handlers.ts';
import { agendaHandlers } from '../agenda/handlers.ts';
import { speechHandlers } from '../speeches/handlers.ts';
import { awardHandlers } from '../awards/handlers.ts';
import { returnHandlers } from '../returns/handlers.ts';
import { documentHandlers } from '../documents/handlers.ts';
import { checkinHandlers } from '../checkin/handlers.ts';
import { seatingHandlers } from '../seating/handlers.ts';
import { printHandlers } from '../print/handlers.ts';
import { backupHandlers } from '../backups/handlers.ts';
import { importHandlers } from '../importBatches/handlers.ts';

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of some methods: what a capability module exports. */
export type HandlersFor<T> = { [M in keyof T & MethodName]: Handler<M> };

export const handlers = {
  ...documentHandlers,
  ...appHandlers,
  ...clusterHandlers,
  ...conferenceHandlers,
  ...delegateHandlers,
  ...agendaHandlers,
  ...speechHandlers,
  ...awardHandlers,
  ...returnHandlers,
  ...checkinHandlers,
  ...seatingHandlers,
  ...printHandlers,
  ...backupHandlers,
  ...importHandlers,
} satisfies Handlers;
