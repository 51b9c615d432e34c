/** Building blocks for the per-capability method tables that make up the contract. */
import { z } from 'zod';
import { Id } from './schemas.ts';

// Fallback messages in Vietnamese for anything a schema does not word itself.
z.config(z.locales.vi());

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
});

export const ById = z.object({ id: Id });
export const Nothing = z.object({});
export const Done = z.object({ done: z.literal(true) });
