import type { MessageKey } from '@/lib/i18n/message-key';

/** Field path → message key (e.g. `{ email: 'validation.email' }`); an unknown key fails the typecheck. */
export type FieldErrors = Record<string, MessageKey>;

export type ErrorCode =
  'VALIDATION' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL';

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };
