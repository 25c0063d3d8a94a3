import 'server-only';
import { pageOf } from './page-of';
import { CITY_WITH_COUNTRY } from './cities';
import { type ApplicationStatus, type Country, type DecisionOutcome } from '@/lib/enums';
import { db, type Prisma } from '../db';
import { conflictsOf } from '../review/conflicts';
import { isConflicted } from '@/lib/review/conflicts';
import { cityName } from '@/lib/cities/city-name';
import { queryKeysFor } from '@/lib/search/fold';
import type { TApplicationFilter } from '@/lib/validation/review';
import type { Actor } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

export const PAGE_SIZE = 25;

export async function getEditionForReview(callId: string, locale: AppLocale) {
  const [call, [counts]] = await Promise.all([
    db.call.findUnique({
      where: { id: callId },
      include: { texts: { where: { locale }, select: { title: true } }, criteria: { orderBy: { position: 'asc' } } },
    }),
    // The header's four counts in one statement: they were five round trips, one after the others.
    db.$queryRaw<{ selected: number; activePairs: number; unpublished: number; applications: number }[]>`
      SELECT
        (SELECT count(*) FROM "Decision" d JOIN "Application" a ON a."id" = d."applicationId"
          WHERE d."outcome" = 'SELECTED' AND a."callId" = ${callId} AND a."status" <> 'WITHDRAWN')::int AS "selected",
        (SELECT count(*) FROM "BoosterPair" p
          WHERE p."callId" = ${callId} AND p."status" <> 'WITHDRAWN')::int AS "activePairs",
        (SELECT count(*) FROM "Decision" d JOIN "Application" a ON a."id" = d."applicationId"
          WHERE d."publishedAt" IS NULL AND a."callId" = ${callId} AND a."status" <> 'WITHDRAWN')::int AS "unpublished",
        (SELECT count(*) FROM "Application" a WHERE a."callId" = ${callId})::int AS "applications"`,
  ]);
  if (!call) return null;
  return { ...call, title: call.texts[0]?.title ?? call.slug, ...counts! };
}

const LIST_SELECT = {
  id: true,
  status: true,
  submittedAt: true,
  applicantCityId: true,
  partnerCityId: true,
  partnerConfirmedAt: true,
  contactName: true,
  applicantCity: CITY_WITH_COUNTRY,
  partnerCity: CITY_WITH_COUNTRY,
  organisations: { select: { organisationId: true } },
  endorsements: { where: { status: 'CONFIRMED' }, select: { id: true } },
  reviews: { select: { reviewerId: true, submittedAt: true } },
  decision: { select: { outcome: true, publishedAt: true } },
} as const satisfies Prisma.ApplicationSelect;

/** The coordinators' list: filters, city search in any script, sorting and pagination in the database. */
export async function listEditionApplications(
  actor: Actor,
  callId: string,
  filter: TApplicationFilter,
  locale: AppLocale,
) {
  const and: Prisma.ApplicationWhereInput[] = [{ callId, status: filter.status ? filter.status : { not: 'DRAFT' } }];
  if (filter.country)
    and.push({ OR: [{ applicantCity: { country: filter.country } }, { partnerCity: { country: filter.country } }] });
  if (filter.endorsed === 'yes') and.push({ endorsements: { some: { status: 'CONFIRMED' } } });
  if (filter.endorsed === 'no') and.push({ endorsements: { none: { status: 'CONFIRMED' } } });
  if (filter.partner === 'yes') and.push({ partnerConfirmedAt: { not: null } });
  if (filter.partner === 'no') and.push({ partnerConfirmedAt: null });
  if (filter.mine === 'reviewed') and.push({ reviews: { some: { reviewerId: actor.id, submittedAt: { not: null } } } });
  if (filter.mine === 'todo') and.push({ reviews: { none: { reviewerId: actor.id, submittedAt: { not: null } } } });
  const keys = filter.q ? queryKeysFor(filter.q).filter((k) => k.length >= 2) : [];
  if (filter.q && keys.length === 0) and.push({ id: '' });
  if (keys.length) {
    // Resolve the few matching cities first (word-start match, as the city search does), then use the
    // applications' city indexes instead of joining every row to City.
    const cityIds = (
      await db.$queryRaw<{ id: string }[]>`
        SELECT c."id" FROM "City" c
        WHERE EXISTS (SELECT 1 FROM unnest(${keys}::text[]) k WHERE (' ' || c."searchKeys") LIKE '% ' || k || '%')`
    ).map((c) => c.id);
    and.push({ OR: [{ applicantCityId: { in: cityIds } }, { partnerCityId: { in: cityIds } }] });
  }
  const where: Prisma.ApplicationWhereInput = { AND: and };
  const orderBy: Prisma.ApplicationOrderByWithRelationInput[] =
    filter.sort === 'city'
      ? [{ applicantCity: { nameEn: 'asc' } }, { id: 'asc' }]
      : filter.sort === 'status'
        ? [{ status: 'asc' }, { submittedAt: 'asc' }, { id: 'asc' }]
        : [{ submittedAt: 'asc' }, { id: 'asc' }];
  const [total, apps, conflicts] = await Promise.all([
    db.application.count({ where }),
    pageOf(
      db.application.findMany({
        where,
        orderBy,
        skip: (filter.page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { id: true },
      }),
      (ids) => db.application.findMany({ where: { id: { in: ids } }, select: LIST_SELECT }),
    ),
    conflictsOf(actor.id),
  ]);
  const rows = apps.map((a) => {
    const conflicted = isConflicted(conflicts, a);
    const mine = a.reviews.find((r) => r.reviewerId === actor.id);
    return {
      id: a.id,
      status: a.status,
      submittedAt: a.submittedAt,
      contactName: a.contactName,
      applicantCity: a.applicantCity ? cityName(a.applicantCity, locale) : null,
      partnerCity: a.partnerCity ? cityName(a.partnerCity, locale) : null,
      countries: [a.applicantCity?.country, a.partnerCity?.country].filter(Boolean) as string[],
      endorsed: a.endorsements.length > 0,
      partnerConfirmed: !!a.partnerConfirmedAt,
      assigned: a.reviews.length,
      submitted: a.reviews.filter((r) => r.submittedAt).length,
      mine: mine ? (mine.submittedAt ? ('done' as const) : ('assigned' as const)) : null,
      conflicted,
      decision: conflicted ? null : a.decision,
    };
  });
  return { rows, total, page: filter.page, pageSize: PAGE_SIZE };
}

/** Applications by country and status, reviews done, decisions: one edition at a glance. */
export async function getEditionSummary(callId: string) {
  const [byCountry, reviewsDone, reviewsOpen, decisions] = await Promise.all([
    db.$queryRaw<{ country: Country | null; status: ApplicationStatus; n: bigint }[]>`
      SELECT c."country"::text AS "country", a."status"::text AS "status", count(*) AS "n"
      FROM "Application" a LEFT JOIN "City" c ON c."id" = a."applicantCityId"
      WHERE a."callId" = ${callId} AND a."status" <> 'DRAFT'
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.review.count({ where: { application: { callId }, submittedAt: { not: null } } }),
    db.review.count({ where: { application: { callId }, submittedAt: null } }),
    db.decision.groupBy({ by: ['outcome'], where: { application: { callId } }, _count: { _all: true } }),
  ]);
  return {
    byCountry: byCountry.map((r) => ({ country: r.country, status: r.status, count: Number(r.n) })),
    reviewsDone,
    reviewsOpen,
    decisions: Object.fromEntries(decisions.map((d) => [d.outcome, d._count._all])) as Partial<
      Record<DecisionOutcome, number>
    >,
  };
}
