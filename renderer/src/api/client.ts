/**
 * The one typed API client, derived from the shared contract. In Electron it goes through the preload's
 * `window.api.invoke`; in browser mode through `POST /api/<method>` with the session token.
 * Every failure becomes an ApiCallError carrying the server's Vietnamese message and field issues.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import type { ApiErrorCode, ApiResult, FieldIssue } from '../../../shared/api/result.ts';
import { common, session } from '../strings.ts';
import { sessionToken } from './session.ts';

interface Bridge {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    /** Exposed by electron/preload.ts; absent in browser mode. */
    api?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** True when the browser-mode session token is missing or refused: the app shows the session screen. */
    readonly sessionRefused = false,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

type SessionListener = (error: ApiCallError) => void;
const sessionListeners = new Set<SessionListener>();

/** Lets the app frame switch to the "reopen the printed address" screen whenever the host refuses the token. */
export function onSessionRefused(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export const inElectron = (): boolean => typeof window.api?.invoke === 'function';

async function overHttp(method: string, input: unknown): Promise<ApiResult<unknown>> {
  const token = sessionToken();
  if (!token) throw new ApiCallError('FORBIDDEN', session.missing, [], true);
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiCallError('INTERNAL', common.offline);
  }
  if (response.status === 401) throw new ApiCallError('FORBIDDEN', session.invalid, [], true);
  const body = (await response.json().catch(() => null)) as ApiResult<unknown> | null;
  if (!body || typeof body !== 'object' || !('ok' in body))
    throw new ApiCallError('INTERNAL', common.offline);
  return body;
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  try {
    const bridge = window.api;
    const result = bridge ? await bridge.invoke(method, input) : await overHttp(method, input);
    if (result.ok) return result.value as MethodOutput<M>;
    throw new ApiCallError(result.error.code, result.error.message, result.error.issues ?? []);
  } catch (error) {
    const failure =
      error instanceof ApiCallError ? error : new ApiCallError('INTERNAL', common.requestFailed);
    if (failure.sessionRefused) sessionListeners.forEach((listener) => listener(failure));
    throw failure;
  }
}

/** The Vietnamese sentence to show for any error thrown by `call` (or anything else). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return common.requestFailed;
}
