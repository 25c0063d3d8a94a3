import 'server-only';
import { placeLine } from '@/lib/booster/place';
import { CITY_NAMES } from './queries/cities';
import ical, { ICalEventStatus } from 'ical-generator';
import { db, type Prisma } from './db';
import { getEnv } from './env';
import { translatorFor } from './translator';
import { cityName } from '@/lib/cities/city-name';
import { pairScope } from './queries/scopes';
import { isLocale, type AppLocale } from '@/i18n/routing';
import type { Actor } from '@/lib/permissions';

const CITY = { select: CITY_NAMES } as const;
const EVENT_WORKSHOP = {
  hostCity: CITY,
  pair: { select: { id: true, cityA: CITY, cityB: CITY } },
} satisfies Prisma.WorkshopInclude;
type EventWorkshop = Prisma.WorkshopGetPayload<{ include: typeof EVENT_WORKSHOP }>;

/** Secrets are long random strings; anything else is answered like an unknown token. */
const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{20,64}$/.test(token);

export function localeFrom(url: string): AppLocale {
  const lang = new URL(url).searchParams.get('lang');
  return isLocale(lang) ? lang : 'en';
}

function buildCalendar(name: string, workshops: EventWorkshop[], locale: AppLocale): string {
  const t = translatorFor(locale);
  const base = getEnv().NEXTAUTH_URL;
  const calendar = ical({
    name,
    prodId: { company: 'Twin City Tool Box', product: 'booster', language: locale.toUpperCase() },
  });
  for (const w of workshops) {
    if (!w.startsAt || !w.endsAt) continue;
    const pair = `${cityName(w.pair.cityA, locale)} – ${cityName(w.pair.cityB, locale)}`;
    const url = new URL(`/${locale}/pairs/${w.pair.id}#workshop-${w.stage}`, base).toString();
    calendar.createEvent({
      id: `${w.id}@twincity`,
      sequence: w.version,
      start: w.startsAt,
      end: w.endsAt,
      summary: `${t(`stages.${w.stage}.title`)}: ${pair}`,
      location: placeLine(w, locale, t('workshops.online')),
      description: `${t('workshops.calendarDescription')}\n${url}`,
      url,
      status: w.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

const PLANNED = {
  status: { in: ['SCHEDULED', 'DONE', 'CANCELLED'] as ('SCHEDULED' | 'DONE' | 'CANCELLED')[] },
  startsAt: { not: null },
};

/** The pair's feed by its secret token, or null (unknown or revoked token). */
export async function pairFeed(token: string, locale: AppLocale): Promise<string | null> {
  if (!isTokenShaped(token)) return null;
  const pair = await db.boosterPair.findUnique({
    where: { calendarToken: token },
    select: {
      cityA: CITY,
      cityB: CITY,
      workshops: { where: PLANNED, include: EVENT_WORKSHOP, orderBy: { stage: 'asc' } },
    },
  });
  if (!pair) return null;
  return buildCalendar(`${cityName(pair.cityA, locale)} – ${cityName(pair.cityB, locale)}`, pair.workshops, locale);
}

/** Every workshop a facilitator facilitates, by their secret token. */
export async function facilitatorFeed(token: string, locale: AppLocale): Promise<string | null> {
  if (!isTokenShaped(token)) return null;
  const owner = await db.facilitatorCalendar.findUnique({ where: { token }, select: { userId: true } });
  if (!owner) return null;
  const workshops = await db.workshop.findMany({
    where: { ...PLANNED, facilitators: { some: { userId: owner.userId } } },
    include: EVENT_WORKSHOP,
    orderBy: { startsAt: 'asc' },
  });
  return buildCalendar(translatorFor(locale)('workshops.facilitatorFeedName'), workshops, locale);
}

/** One workshop as an .ics file for "add to calendar", for a signed-in viewer who may see it. */
export async function workshopEvent(actor: Actor, workshopId: string, locale: AppLocale): Promise<string | null> {
  if (workshopId.length > 64) return null;
  const w = await db.workshop.findFirst({
    where: { id: workshopId, ...PLANNED, pair: pairScope(actor) },
    include: EVENT_WORKSHOP,
  });
  if (!w) return null;
  return buildCalendar(translatorFor(locale)(`stages.${w.stage}.title`), [w], locale);
}

export function icsResponse(body: string | null, fileName: string): Response {
  if (body === null)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      // Feeds are personal secrets: never kept by shared caches.
      'cache-control': 'private, no-store',
    },
  });
}
