/**
 * Wall-clock time in an IANA zone ⇄ UTC, with nothing but Intl (safe in the browser): the one module that
 * editions (a deadline "in Berlin") and workshops (times in the venue's zone) share.
 *
 * A local time does not always name one instant. On the spring-forward night the clock jumps over an hour
 * (02:30 in Berlin on 29 March 2026 never happens: a gap), and on the autumn night it runs through an hour
 * twice (02:30 on 25 October 2026 happens at UTC+2 and again at UTC+1: an overlap). `resolveLocal` says
 * which case it is, so a form can refuse the first and ask about the second instead of guessing.
 */

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number };

/** One instant with the zone's offset from UTC at that instant, in minutes (Berlin in summer: 120). */
export type ZonedInstant = { instant: Date; offsetMinutes: number };

export type LocalResolution =
  | ({ kind: 'instant' } & ZonedInstant)
  /** The local time does not exist: that night the clock jumps from `from` straight to `to` ("HH:MM"). */
  | { kind: 'gap'; from: string; to: string; changesAt: Date }
  /** The local time happens twice: first in summer time (`earlier`), then in standard time (`later`). */
  | { kind: 'overlap'; earlier: ZonedInstant; later: ZonedInstant; from: string; to: string };

const MINUTE = 60_000;
const DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

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

/** Is this a zone the runtime knows? */
export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
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

/** The zone's offset from UTC at `instant`, in minutes (Berlin in winter: 60). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const z = toZoned(instant, timeZone);
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE);
}

const naiveUtc = (l: LocalDateTime) => Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute);
const hhmm = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** The first minute in [lo, hi] at which the offset is `after` (a change lies between them). */
function changeBetween(lo: number, hi: number, after: number, timeZone: string): number {
  let [a, b] = [Math.floor(lo / MINUTE), Math.ceil(hi / MINUTE)];
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (zoneOffsetMinutes(new Date(mid * MINUTE), timeZone) === after) b = mid;
    else a = mid + 1;
  }
  return a * MINUTE;
}

/**
 * What the local `local` in `timeZone` is: one instant, a gap or an overlap. The offsets a day before, at and
 * a day after are the candidates (zones change their offset at most once in two days); each one that reads
 * back as `local` is an instant that shows it.
 */
export function resolveLocal(local: LocalDateTime, timeZone: string): LocalResolution {
  const naive = naiveUtc(local);
  const offsets = [...new Set([-DAY, 0, DAY].map((d) => zoneOffsetMinutes(new Date(naive + d), timeZone)))];
  const found = offsets
    .map((offsetMinutes) => ({ instant: new Date(naive - offsetMinutes * MINUTE), offsetMinutes }))
    .filter((c) => zoneOffsetMinutes(c.instant, timeZone) === c.offsetMinutes)
    .sort((x, y) => x.instant.getTime() - y.instant.getTime());
  if (found.length === 1) return { kind: 'instant', ...found[0]! };

  const before = zoneOffsetMinutes(new Date(naive - DAY), timeZone);
  const after = zoneOffsetMinutes(new Date(naive + DAY), timeZone);
  // The change lies between the two readings of the naive time with the old and the new offset.
  const [lo, hi] = [naive - Math.max(before, after) * MINUTE, naive - Math.min(before, after) * MINUTE];
  const change = changeBetween(lo, hi, after, timeZone);
  const from = hhmm(change + before * MINUTE);
  const to = hhmm(change + after * MINUTE);
  if (found.length === 0) return { kind: 'gap', from, to, changesAt: new Date(change) };
  return { kind: 'overlap', earlier: found[0]!, later: found[found.length - 1]!, from, to };
}

/**
 * The instant a person meant by `local`, or null when they must say more: a gap has none, and an overlap
 * needs the offset they chose (`offsetMinutes`, one of the two the overlap offers).
 */
export function chosenInstant(resolution: LocalResolution, offsetMinutes?: number | null): Date | null {
  if (resolution.kind === 'instant') return resolution.instant;
  if (resolution.kind === 'gap') return null;
  const choice = [resolution.earlier, resolution.later].find((c) => c.offsetMinutes === offsetMinutes);
  return choice?.instant ?? null;
}

/**
 * For times no person typed (midnight that starts a day, the seed's timeline): a gap resolves to the first
 * instant after the jump, an overlap to its first occurrence.
 */
export function firstInstantAt(local: LocalDateTime, timeZone: string): Date {
  const r = resolveLocal(local, timeZone);
  if (r.kind === 'instant') return r.instant;
  return r.kind === 'overlap' ? r.earlier.instant : r.changesAt;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `2027-03-28` + `10:00` as a local date and time, or null when either is not a real one (31 February). */
export function parseLocal(date: string, time: string): LocalDateTime | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = d.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = t.slice(1).map(Number) as [number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

/** Parses the value of an <input type="datetime-local"> ("2027-03-28T10:00"). */
export function parseLocalInput(value: string): LocalDateTime | null {
  const [date, time, ...rest] = value.split('T');
  return rest.length || date === undefined || time === undefined ? null : parseLocal(date, time);
}

/** The instant's wall clock in `timeZone` as a date and a time, for form fields. */
export function utcToZoned(instant: Date, timeZone: string): { date: string; time: string } {
  const z = toZoned(instant, timeZone);
  return { date: `${pad(z.year, 4)}-${pad(z.month)}-${pad(z.day)}`, time: `${pad(z.hour)}:${pad(z.minute)}` };
}

/** The datetime-local value showing `instant` in `timeZone`, for pre-filling a form. */
export function toLocalInput(instant: Date, timeZone: string): string {
  const { date, time } = utcToZoned(instant, timeZone);
  return `${date}T${time}`;
}

/**
 * The offset to pre-fill in a form's overlap choice: the saved instant's own, when its local time is one of
 * an overlap's two (otherwise the form has nothing to ask, and nothing is pre-filled).
 */
export function savedOverlapOffset(instant: Date, timeZone: string): number | undefined {
  const z = toZoned(instant, timeZone);
  return resolveLocal(z, timeZone).kind === 'overlap' ? zoneOffsetMinutes(instant, timeZone) : undefined;
}

/** "UTC+2", "UTC−3:30", "UTC" for an offset in minutes. */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '−';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/** A calendar date (`YYYY-MM-DD`) as stored in a @db.Date column or a date-only field. */
export function dateOnlyToUtc(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function utcToDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

// Resolving a midnight reads the zone's offset six times (Intl, slow); the stage rules ask for the same few
// edition windows for every cell of the booster overview, so each zone's midnights are kept (bounded).
const midnights = new Map<string, number>();

/** Midnight at the start of a calendar date (a @db.Date, read as its UTC date) in `timeZone`. */
export function startOfDateIn(date: Date, timeZone: string, addDays = 0): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + addDays));
  const key = `${timeZone}|${d.getTime()}`;
  let start = midnights.get(key);
  if (start === undefined) {
    start = firstInstantAt(
      { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 },
      timeZone,
    ).getTime();
    if (midnights.size >= 10_000) midnights.clear();
    midnights.set(key, start);
  }
  return new Date(start);
}
