import { z } from 'zod';
import { chosenInstant, isTimeZone, resolveLocal, type LocalDateTime } from '@/lib/time/zoned';

/**
 * Which of an overlap's two instants a person chose, as the zone's offset in minutes ("120" for Berlin summer
 * time). Radios send a string, other callers may send a number; an unanswered choice is no choice.
 */
export const ZOverlapChoice = z.preprocess(
  (v) => (v === null || v === '' ? undefined : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(/^-?\d{1,4}$/, 'validation.invalid')
    .optional(),
);

/**
 * Refuses a local time that does not exist in `timeZone` (`time.gap`) and asks which one is meant when it
 * exists twice and no choice was made (`time.overlap`). The messages take their values (the times the clock
 * jumps between) where they are shown, from the same fields, with the same `resolveLocal`.
 */
export function checkLocalTime(
  ctx: z.RefinementCtx,
  path: string,
  local: LocalDateTime | null,
  timeZone: string,
  choice: string | undefined,
): void {
  if (!local || !isTimeZone(timeZone)) return;
  const resolution = resolveLocal(local, timeZone);
  if (resolution.kind === 'gap') ctx.addIssue({ code: 'custom', path: [path], message: 'time.gap' });
  if (resolution.kind === 'overlap' && !chosenInstant(resolution, choice === undefined ? null : Number(choice)))
    ctx.addIssue({ code: 'custom', path: [path], message: 'time.overlap' });
}

/** The instant of a local time that `checkLocalTime` let through (so it has exactly one). */
export function localInstant(local: LocalDateTime, timeZone: string, choice: string | undefined): Date {
  const instant = chosenInstant(resolveLocal(local, timeZone), choice === undefined ? null : Number(choice));
  if (!instant) throw new Error(`unresolved local time in ${timeZone}: checkLocalTime must run first`);
  return instant;
}
