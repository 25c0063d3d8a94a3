import 'server-only';
import { db, type Prisma } from '../db';

type Conflict = { cityId: string | null; organisationId: string | null; country: string | null };
type AppFacts = {
  applicantCityId: string | null;
  partnerCityId: string | null;
  applicantCity?: { country: string } | null;
  partnerCity?: { country: string } | null;
  organisations?: { organisationId: string }[];
};

export async function conflictsOf(reviewerId: string): Promise<Conflict[]> {
  return db.conflictOfInterest.findMany({
    where: { reviewerId },
    select: { cityId: true, organisationId: true, country: true },
  });
}

/** Everyone's declared ties in one query, by reviewer (a reviewer without any maps to []). */
export async function conflictsByReviewer(reviewerIds: string[]): Promise<Map<string, Conflict[]>> {
  const rows = await db.conflictOfInterest.findMany({
    where: { reviewerId: { in: reviewerIds } },
    select: { reviewerId: true, cityId: true, organisationId: true, country: true },
  });
  const out = new Map<string, Conflict[]>(reviewerIds.map((id) => [id, []]));
  for (const { reviewerId, ...conflict } of rows) out.get(reviewerId)?.push(conflict);
  return out;
}

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

/** Loads what the conflict rule needs about an application, or null if it is not reviewable. */
export async function loadReviewable(applicationId: string) {
  return db.application.findFirst({
    where: { id: applicationId, status: { not: 'DRAFT' } },
    include: {
      call: true,
      applicantCity: true,
      partnerCity: true,
      organisations: { select: { organisationId: true } },
    },
  });
}
