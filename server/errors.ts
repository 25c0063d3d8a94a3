import 'server-only';
import { type z } from 'zod';
import type { ActionResult, ErrorCode, FieldErrors } from '@/lib/action-result';
import { withoutControlChars } from '@/lib/validation/text';
import type { MessageKey } from '@/lib/i18n/message-key';
import { isMessageKey } from './translator';

/** The one error type thrown inside the server; actions turn it into an ActionResult. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly fieldErrors?: FieldErrors,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** A message as a key of the catalogue; zod's own English texts (and anything else) become the fallback. */
export function toMessageKey(message: string | undefined, fallback: MessageKey = 'validation.invalid'): MessageKey {
  return isMessageKey(message) ? message : fallback;
}

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    // Messages are message keys (see lib/validation), translated where shown; the first one per field wins.
    out[key] ??= toMessageKey(issue.message);
  }
  return out;
}

/** Validates input for a service; control characters are dropped first (see lib/validation/text.ts). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(withoutControlChars(input));
  if (!parsed.success) throw new AppError('VALIDATION', fieldErrorsFrom(parsed.error));
  return parsed.data;
}

/** Runs an action body and maps every failure onto the one result shape; bad input never becomes a 500. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    // Next's redirect()/notFound() are control flow and must propagate.
    if (error && typeof error === 'object' && 'digest' in error) throw error;
    console.error('[action] unexpected error', error);
    return { ok: false, code: 'INTERNAL' };
  }
}
