/**
 * Wall-clock time in an IANA zone ↔ UTC, with Intl only (no date library), safe in the browser.
 * Coordinators type a deadline as a date and a time "in Berlin"; we store the UTC instant.
 */

export type ZonedParts = { date: string; time: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The zone's offset from UTC in minutes at a given instant (e.g. +60 for Berlin in winter). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Is this a zone the runtime knows? */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * `2026-12-31` + `23:59` in `Europe/Berlin` → the UTC instant. A time that does not exist (the hour
 * skipped when clocks go forward) resolves to the same wall time after the jump, as clocks show it.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // Two passes settle the offset around a daylight-saving change.
  let guess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The UTC instant as a date and time on the wall clock of `timeZone`, for form fields. */
export function utcToZoned(instant: Date, timeZone: string): ZonedParts {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** A calendar date (`YYYY-MM-DD`) as stored in a @db.Date column or a date-only field. */
export function dateOnlyToUtc(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function utcToDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}
