import 'server-only';
import { db } from '../db';
import type { AppLocale } from '@/i18n/routing';

/** Editions with their counts, newest first; for coordinators. */
export async function listCallsWithCounts(locale: AppLocale) {
  const calls = await db.call.findMany({
    orderBy: { year: 'desc' },
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
    title: c.texts[0]?.title ?? c.slug,
    applicationDeadline: c.applicationDeadline,
    pairsToSelect: c.pairsToSelect,
    applications: c._count.applications,
    pairs: c._count.pairs,
  }));
}

/** The edition the call page shows: the open one, else the next upcoming, else the latest. */
export async function getCurrentCall(locale: AppLocale) {
  const call =
    (await db.call.findFirst({ where: { status: 'OPEN' }, orderBy: { applicationDeadline: 'asc' }, include: { texts: true } })) ??
    (await db.call.findFirst({ where: { status: { not: 'DRAFT' } }, orderBy: { year: 'desc' }, include: { texts: true } }));
  if (!call) return null;
  const text = call.texts.find((t) => t.locale === locale) ?? call.texts.find((t) => t.locale === 'en') ?? call.texts[0];
  return { ...call, text };
}
