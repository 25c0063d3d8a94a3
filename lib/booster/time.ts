/**
 * Wall-clock time in a named zone ⇄ UTC, with nothing but Intl (safe in the browser).
 * Workshops are stored in UTC and shown in the venue's zone; coordinators type venue-local times.
 */

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `instant` in `timeZone`. */
export function toZoned(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Berlin in summer: +2 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const z = toZoned(instant, timeZone);
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `local`. Around a daylight-saving change the offset
 * differs before and after, so the guess is corrected once; a time that does not exist (the skipped
 * spring hour) lands just after the gap, as calendar apps do.
 */
export function zonedToUtc(local: LocalDateTime, timeZone: string): Date {
  const naive = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = zoneOffsetMs(new Date(naive), timeZone);
  let guess = naive - first;
  const second = zoneOffsetMs(new Date(guess), timeZone);
  if (second !== first) guess = naive - second;
  return new Date(guess);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Parses the value of an <input type="datetime-local"> ("2027-03-28T10:00"). */
export function parseLocalInput(value: string): LocalDateTime | null {
  const m = LOCAL_INPUT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // Rejects 31 February and the like.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

/** The datetime-local value showing `instant` in `timeZone`, for pre-filling a form. */
export function toLocalInput(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(z.year, 4)}-${p(z.month)}-${p(z.day)}T${p(z.hour)}:${p(z.minute)}`;
}

/** Midnight at the start of a calendar date (a @db.Date, read as its UTC date) in `timeZone`. */
export function startOfDateIn(date: Date, timeZone: string, addDays = 0): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + addDays));
  return zonedToUtc(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
}
