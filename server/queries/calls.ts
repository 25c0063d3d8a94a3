import 'server-only';
import { db } from '../db';
import { savedOverlapOffset, utcToDateOnly, utcToZoned } from '@/lib/time/zoned';
import { NEW_EDITION_TIME_ZONE } from '@/lib/time-zones';
import type { TCreateEditionInput, TUpdateEditionInput } from '@/lib/validation/editions';
import { callTexts } from '@/lib/editions/default-texts';
import { currentPhase } from '@/lib/editions/phases';
import type { AppLocale } from '@/i18n/routing';

/** Editions the public may read: everything a coordinator has published (not drafts). */
const PUBLISHED = { status: { not: 'DRAFT' } } as const;

/** Editions with their counts, newest first; for coordinators. */
export async function listCallsWithCounts(locale: AppLocale, now: Date = new Date()) {
  const calls = await db.call.findMany({
    orderBy: [{ year: 'desc' }, { applicationDeadline: 'desc' }],
    include: {
      texts: { where: { locale }, select: { title: true } },
      _count: { select: { applications: true, pairs: true } },
    },
  });
  return calls.map((c) => ({
    id: c.id,
    slug: c.slug,
    year: c.year,
    status: c.status,
    phase: currentPhase(c, now),
    title: c.texts[0]?.title ?? c.slug,
    applicationDeadline: c.applicationDeadline,
    deadlineTimeZone: c.deadlineTimeZone,
    pairsToSelect: c.pairsToSelect,
    applications: c._count.applications,
    pairs: c._count.pairs,
  }));
}

/**
 * The edition currently accepting applications: OPEN and before its deadline (the earliest
 * deadline wins if, unusually, two are). The wizard starts from this one.
 */
export async function getOpenCallForApplying(now: Date = new Date()) {
  return db.call.findFirst({
    where: { status: 'OPEN', applicationDeadline: { gt: now } },
    orderBy: { applicationDeadline: 'asc' },
    select: { id: true, slug: true, year: true, applicationDeadline: true, deadlineTimeZone: true, status: true },
  });
}

function pickText<T extends { locale: string }>(texts: T[], locale: AppLocale): T | undefined {
  return texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === 'en') ?? texts[0];
}

/** The edition the call page shows: the one accepting applications, else the latest published. */
export async function getCurrentCall(locale: AppLocale, now: Date = new Date()) {
  const open = await getOpenCallForApplying(now);
  const call = open
    ? await db.call.findUnique({ where: { id: open.id }, include: { texts: true } })
    : await db.call.findFirst({
        where: PUBLISHED,
        orderBy: [{ applicationDeadline: 'desc' }],
        include: { texts: true },
      });
  if (!call) return null;
  return { ...call, text: pickText(call.texts, locale) };
}

// Addresses come from the URL: anything that cannot be a slug or an id is simply not found
// (a NUL byte would otherwise reach PostgreSQL as an error).
const SLUG = /^[a-z0-9-]{1,40}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A past or present edition by its slug; drafts do not exist for the public. */
export async function getPublishedCall(slug: string, locale: AppLocale) {
  if (!SLUG.test(slug)) return null;
  const call = await db.call.findFirst({ where: { slug, ...PUBLISHED }, include: { texts: true } });
  if (!call) return null;
  return { ...call, text: pickText(call.texts, locale) };
}

/** Any edition, drafts included, for the coordinators' preview (callers have checked 'call:manage'). */
export async function getCallForPreview(id: string, locale: AppLocale) {
  if (!ID.test(id)) return null;
  const call = await db.call.findUnique({ where: { id }, include: { texts: true } });
  if (!call) return null;
  return { ...call, text: pickText(call.texts, locale) };
}

/** The edition after `call` that is or will be accepting applications, shown once `call` has closed. */
export async function getNextCall(
  call: { id: string; applicationDeadline: Date },
  locale: AppLocale,
  now: Date = new Date(),
) {
  const next = await db.call.findFirst({
    where: {
      id: { not: call.id },
      status: 'OPEN',
      applicationDeadline: { gt: call.applicationDeadline > now ? call.applicationDeadline : now },
    },
    orderBy: { applicationDeadline: 'asc' },
    include: { texts: true },
  });
  if (!next) return null;
  return {
    slug: next.slug,
    title: pickText(next.texts, locale)?.title ?? next.slug,
    applicationDeadline: next.applicationDeadline,
    deadlineTimeZone: next.deadlineTimeZone,
  };
}

/** Published editions for the list on the call page, newest first. */
export async function listPublishedCalls(locale: AppLocale) {
  const calls = await db.call.findMany({
    where: PUBLISHED,
    orderBy: [{ applicationDeadline: 'desc' }],
    include: { texts: { select: { locale: true, title: true } } },
  });
  return calls.map((c) => ({
    slug: c.slug,
    year: c.year,
    status: c.status,
    applicationDeadline: c.applicationDeadline,
    title: pickText(c.texts, locale)?.title ?? c.slug,
  }));
}

/** Slugs of published editions, for prerendering their pages. */
export async function listPublishedCallSlugs() {
  const calls = await db.call.findMany({ where: PUBLISHED, select: { slug: true } });
  return calls.map((c) => c.slug);
}

/** One edition as the coordinators' form edits it (callers have checked 'call:manage'). */
export async function getEditionForEditing(id: string) {
  if (!ID.test(id)) return null;
  const call = await db.call.findUnique({
    where: { id },
    include: { texts: true, _count: { select: { applications: true } } },
  });
  if (!call) return null;
  const deadline = utcToZoned(call.applicationDeadline, call.deadlineTimeZone);
  const texts = Object.fromEntries(
    (['en', 'de', 'ru', 'uk'] as const).map((l) => {
      const t = call.texts.find((x) => x.locale === l);
      return [l, { title: t?.title ?? '', summary: t?.summary ?? '', body: t?.body ?? '' }];
    }),
  ) as TUpdateEditionInput['texts'];
  const values: TUpdateEditionInput = {
    id: call.id,
    version: call.version,
    year: call.year,
    deadlineDate: deadline.date,
    deadlineTime: deadline.time,
    deadlineTimeZone: call.deadlineTimeZone,
    // A deadline in the repeated autumn hour keeps the choice it was saved with.
    deadlineOffset: savedOverlapOffset(call.applicationDeadline, call.deadlineTimeZone)?.toString(),
    // The selection date is a calendar day; it is kept at noon UTC so no European zone moves it.
    selectionDate: utcToDateOnly(call.selectionDate),
    windowStart: utcToDateOnly(call.windowStart),
    windowEnd: utcToDateOnly(call.windowEnd),
    pairsToSelect: call.pairsToSelect,
    contactEmail: call.contactEmail,
    texts,
  };
  return {
    values,
    slug: call.slug,
    status: call.status,
    applicationDeadline: call.applicationDeadline,
    applications: call._count.applications,
    openedAt: call.openedAt,
    closedAt: call.closedAt,
  };
}

/**
 * A new edition's form, filled in as the programme usually runs: applications until 31 December,
 * selection by 31 January, workshops February to November, two pairs, and the default texts.
 */
export async function getNewEditionDefaults(): Promise<TCreateEditionInput> {
  const latest = await db.call.findFirst({ orderBy: { year: 'desc' }, select: { year: true, contactEmail: true } });
  const year = Math.max((latest?.year ?? 0) + 1, new Date().getUTCFullYear() + 1);
  return {
    slug: String(year),
    year,
    deadlineDate: `${year - 1}-12-31`,
    deadlineTime: '23:59',
    deadlineTimeZone: NEW_EDITION_TIME_ZONE,
    selectionDate: `${year}-01-31`,
    windowStart: `${year}-02-01`,
    windowEnd: `${year}-11-30`,
    pairsToSelect: 2,
    contactEmail: latest?.contactEmail ?? '',
    texts: callTexts(year),
  };
}
