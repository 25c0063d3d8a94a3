// The conflict-of-interest rule, pure: a reviewer's declared ties (a city, an organisation, a whole country)
// against an application. The loaders that read the ties from the database are in server/review/conflicts.ts.
import type { Prisma } from '@/server/generated/prisma/client';

export type Conflict = { cityId: string | null; organisationId: string | null; country: string | null };
export type AppFacts = {
  applicantCityId: string | null;
  partnerCityId: string | null;
  applicantCity?: { country: string } | null;
  partnerCity?: { country: string } | null;
  organisations?: { organisationId: string }[];
};

/** The applications a reviewer's declared ties conflict with, as a where clause (null: none). */
export function conflictedWhere(conflicts: Conflict[]): Prisma.ApplicationWhereInput | null {
  const cityIds = conflicts.flatMap((c) => (c.cityId ? [c.cityId] : []));
  const orgIds = conflicts.flatMap((c) => (c.organisationId ? [c.organisationId] : []));
  const countries = conflicts.flatMap((c) => (c.country ? [c.country as 'BY' | 'DE' | 'RU' | 'UA'] : []));
  const or: Prisma.ApplicationWhereInput[] = [];
  if (cityIds.length) or.push({ applicantCityId: { in: cityIds } }, { partnerCityId: { in: cityIds } });
  if (orgIds.length) or.push({ organisations: { some: { organisationId: { in: orgIds } } } });
  if (countries.length)
    or.push({ applicantCity: { country: { in: countries } } }, { partnerCity: { country: { in: countries } } });
  return or.length ? { OR: or } : null;
}

/** Same rule in memory, for one application whose cities and organisations are loaded. */
export function isConflicted(conflicts: Conflict[], app: AppFacts): boolean {
  const cities = [app.applicantCityId, app.partnerCityId].filter(Boolean);
  const countries = [app.applicantCity?.country, app.partnerCity?.country].filter(Boolean);
  const orgs = (app.organisations ?? []).map((o) => o.organisationId);
  return conflicts.some(
    (c) =>
      (c.cityId && cities.includes(c.cityId)) ||
      (c.organisationId && orgs.includes(c.organisationId)) ||
      (c.country && countries.includes(c.country)),
  );
}
