/** The reply every transport carries: `{ ok: true, value } | { ok: false, error }`. */

export type ApiErrorCode =
  'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'UNKNOWN_METHOD' | 'FORBIDDEN' | 'INTERNAL';

export interface FieldIssue {
  /** Dotted path of the field in the input ("title", "members.2.code"); empty for the whole input. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  /** One Vietnamese sentence a clerk can act on. */
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by core modules for failures the user can fix; the router turns it into `{ ok: false }`. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ApiErrorCode, 'UNKNOWN_METHOD' | 'INTERNAL'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
