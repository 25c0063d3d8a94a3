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

// Prisma's codes for a database it cannot reach, for a socket closed under it and for a pool that timed out.
const UNREACHABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
// pg's own messages for a connection that ended or never came, which carry no code.
const LOST_CONNECTION =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended/i;

/**
 * Whether an error means the database is out of reach (down, restarting, or the connection broke): then
 * the request did nothing we can vouch for, and trying again later helps. PostgreSQL's classes 08
 * (connection exception) and 57P (operator intervention: shutdown, starting up, crash recovery) count too.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNREACHABLE_PRISMA.has(code) || SOCKET_CODES.has(code) || code.startsWith('08') || code.startsWith('57P')) {
    return true;
  }
  if (typeof e.message === 'string' && LOST_CONNECTION.test(e.message)) return true;
  const adapter = (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(adapter, depth + 1);
}

/** Runs an action body and maps every failure onto the one result shape; bad input never becomes a 500. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    // Next's redirect()/notFound() are control flow and must propagate.
    if (error && typeof error === 'object' && 'digest' in error) throw error;
    if (isDatabaseUnavailable(error)) {
      console.error(`[action] database unavailable: ${(error as Error).message?.split('\n')[0]}`);
      return { ok: false, code: 'UNAVAILABLE' };
    }
    console.error('[action] unexpected error', error);
    return { ok: false, code: 'INTERNAL' };
  }
}
