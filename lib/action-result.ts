import type { MessageKey } from '@/lib/i18n/message-key';

/** Field path → message key (e.g. `{ email: 'validation.email' }`); an unknown key fails the typecheck. */
export type FieldErrors = Record<string, MessageKey>;

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  /** The database could not be reached: nothing was written, and trying again later will help. */
  | 'UNAVAILABLE'
  | 'INTERNAL';

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** What each refusal says to a person, unless the server named a message of its own for the whole form. */
const CODE_MESSAGE: Record<ErrorCode, MessageKey> = {
  VALIDATION: 'errors.checkFields',
  UNAUTHENTICATED: 'errors.unauthenticated',
  NOT_FOUND: 'errors.notFound',
  FORBIDDEN: 'errors.refused',
  CONFLICT: 'errors.conflict',
  RATE_LIMITED: 'errors.rateLimited',
  UNAVAILABLE: 'errors.unavailable',
  INTERNAL: 'errors.generic',
};

/**
 * The one mapping from a failed action to a message key: the form-wide message the server chose (`_form`), or
 * the code's own. A lost session, a conflict and a refusal each say what happened, never "something went wrong".
 */
export function failureMessage(result: Failure): MessageKey {
  return result.fieldErrors?._form ?? CODE_MESSAGE[result.code];
}
