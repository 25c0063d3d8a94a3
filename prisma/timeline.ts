/**
 * Dates for demo and test editions, all made from one "now", so that the seed and the tests hold on
 * any day of any year. Shared by the seed, the integration tests and the e2e specs.
 */
import { firstInstantAt, parseLocal, utcToDateOnly } from '../lib/time/zoned';

export const DAY_MS = 86_400_000;
/** The programme is run from Berlin: deadlines are 23:59 there, as the editions form sets them. */
export const PROGRAMME_TIME_ZONE = 'Europe/Berlin';

/** A generated wall time as an instant; on a night the clock changes, its first instant (see lib/time). */
const instantAt = (date: string, time: string, timeZone: string) => firstInstantAt(parseLocal(date, time)!, timeZone);

export const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

/** The calendar day `days` after now's UTC day, as a @db.Date column stores it (UTC midnight). */
export function calendarDay(now: Date, days: number): Date {
  return new Date(`${utcToDateOnly(daysFrom(now, days))}T00:00:00.000Z`);
}

/** `YYYY-MM-DD` of the day `days` after now (UTC), for date fields in forms. */
export const isoDay = (now: Date, days: number) => utcToDateOnly(daysFrom(now, days));

/** 23:59 in Berlin on the day `days` after now's UTC day. */
export const deadlineOn = (now: Date, days: number) => instantAt(isoDay(now, days), '23:59', PROGRAMME_TIME_ZONE);

/** A wall-clock time in `timeZone` on the day `days` after now (UTC day), as an instant. */
export const wallTime = (now: Date, days: number, time: string, timeZone: string) =>
  instantAt(isoDay(now, days), time, timeZone);

export type EditionPhase = 'open' | 'closed' | 'review' | 'decided';

export type EditionDates = {
  year: number;
  status: 'OPEN' | 'CLOSED' | 'REVIEW' | 'DECIDED';
  applicationDeadline: Date;
  selectionDate: Date;
  windowStart: Date;
  windowEnd: Date;
  openedAt: Date;
  closedAt: Date | null;
  reviewOpenedAt: Date | null;
  decisionsPublishedAt: Date | null;
};

/**
 * An edition in the given phase at `now`:
 * - open: applications are taken; the deadline is six weeks ahead, the workshops start in about three months;
 * - closed: the deadline passed yesterday, review not opened yet;
 * - review: the deadline passed ten days ago, reviews are under way, selection in three weeks;
 * - decided: pairs were selected months ago and the workshop window (about eleven months) contains now.
 * The year is the one the workshops start in, as the programme names its editions.
 */
export function editionDates(now: Date, phase: EditionPhase): EditionDates {
  const shape = {
    open: { opened: -30, deadline: 42, selection: 70, start: 84, end: 365 },
    closed: { opened: -90, deadline: -1, selection: 30, start: 45, end: 340 },
    review: { opened: -100, deadline: -10, selection: 21, start: 35, end: 330 },
    decided: { opened: -300, deadline: -240, selection: -200, start: -150, end: 180 },
  }[phase];
  const applicationDeadline = deadlineOn(now, shape.deadline);
  const selectionDate = wallTime(now, shape.selection, '12:00', PROGRAMME_TIME_ZONE);
  const windowStart = calendarDay(now, shape.start);
  const status = ({ open: 'OPEN', closed: 'CLOSED', review: 'REVIEW', decided: 'DECIDED' } as const)[phase];
  return {
    year: windowStart.getUTCFullYear(),
    status,
    applicationDeadline,
    selectionDate,
    windowStart,
    windowEnd: calendarDay(now, shape.end),
    openedAt: daysFrom(now, shape.opened),
    closedAt: phase === 'open' ? null : new Date(applicationDeadline.getTime() + 60_000),
    reviewOpenedAt: phase === 'review' || phase === 'decided' ? daysFrom(applicationDeadline, 1) : null,
    decisionsPublishedAt: phase === 'decided' ? selectionDate : null,
  };
}
