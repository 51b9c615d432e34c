/** A typed router call for tests: the value of a successful call, or a thrown error naming what failed. */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import type { Router } from '../../../electron/api/router.ts';

export async function value<M extends MethodName>(
  api: Router,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await api(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}
