/** Field path → message key (e.g. `{ email: 'validation.email' }`). */
export type FieldErrors = Record<string, string>;

export type ErrorCode =
  'VALIDATION' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };
