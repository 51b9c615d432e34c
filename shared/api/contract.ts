/**
 * The one API contract: every method the renderer may call, with its input and output schema. The IPC
 * handler, the browser host and the renderer client are all derived from this map.
 * A new capability = a table in ./methods, one line here, and its handlers (electron/api/handlers.ts).
 */
import type { z } from 'zod';
import { appMethods, clusterMethods } from './methods/clusters.ts';
import { conferenceMethods } from './methods/conferences.ts';
import { delegateMethods } from './methods/delegates.ts';
import { agendaMethods } from './methods/agenda.ts';
import { speechMethods } from './methods/speeches.ts';
import { awardMethods } from './methods/awards.ts';
import { returnMethods } from './methods/returns.ts';
import { documentMethods } from './methods/documents.ts';
import { checkinMethods } from './methods/checkin.ts';
import { seatingMethods } from './methods/seating.ts';
import { printMethods } from './methods/print.ts';
import { backupMethods } from './methods/backups.ts';
import { importMethods } from './methods/imports.ts';

export const contract = {
  ...documentMethods,
  ...appMethods,
  ...clusterMethods,
  ...conferenceMethods,
  ...delegateMethods,
  ...agendaMethods,
  ...speechMethods,
  ...awardMethods,
  ...returnMethods,
  ...checkinMethods,
  ...seatingMethods,
  ...printMethods,
  ...backupMethods,
  ...importMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults and cleaning). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, cleaned, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
