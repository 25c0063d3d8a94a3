import 'server-only';
import { CITY_WITH_COUNTRY } from './cities';
import { db } from '../db';
import { cityName } from '@/lib/cities/city-name';
import type { Actor } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

export async function listMyConflicts(actor: Actor, locale: AppLocale) {
  const rows = await db.conflictOfInterest.findMany({
    where: { reviewerId: actor.id },
    orderBy: { createdAt: 'asc' },
    include: { city: CITY_WITH_COUNTRY, organisation: { include: { city: CITY_WITH_COUNTRY } } },
  });
  return rows.map((r) => ({
    id: r.id,
    city: r.city ? cityName(r.city, locale) : null,
    organisation: r.organisation ? `${r.organisation.name} (${cityName(r.organisation.city, locale)})` : null,
    country: r.country,
    note: r.note,
  }));
}

/** Organisations named in applications: the ones a reviewer can declare ties to. */
export async function listOrganisationOptions(locale: AppLocale) {
  const orgs = await db.organisation.findMany({
    orderBy: { name: 'asc' },
    take: 2000,
    include: { city: CITY_WITH_COUNTRY },
  });
  return orgs.map((o) => ({ value: o.id, label: `${o.name} (${cityName(o.city, locale)})` }));
}
