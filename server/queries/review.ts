import 'server-only';
import { CITY_NAMES } from './cities';
import { z } from 'zod';
import { ApplicationStatus, type Country, type DecisionOutcome } from '@/lib/enums';
import { listCoordinators } from './users';
import { db, type Prisma } from '../db';
import { conflictedWhere, conflictsByReviewer, conflictsOf, isConflicted } from '../review/conflicts';
import { cityName } from '@/lib/cities/city-name';
import { applicationScope } from './scopes';
import { summarize, weightedMean, type ScoreSummary } from '@/lib/review/stats';
import { queryKeysFor } from '@/lib/search/fold';
import type { TApplicationFilter } from '@/lib/validation/review';
import type { Actor } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

const CITY = { select: { id: true, ...CITY_NAMES, country: true } } as const;
export const PAGE_SIZE = 25;

export async function getEditionForReview(callId: string, locale: AppLocale) {
  const call = await db.call.findUnique({
    where: { id: callId },
    include: { texts: { where: { locale }, select: { title: true } }, criteria: { orderBy: { position: 'asc' } } },
  });
  if (!call) return null;
  const [selected, activePairs] = await Promise.all([
    db.decision.count({ where: { outcome: 'SELECTED', application: { callId, status: { not: 'WITHDRAWN' } } } }),
    db.boosterPair.count({ where: { callId, status: { not: 'WITHDRAWN' } } }),
  ]);
  const unpublished = await db.decision.count({
    where: { publishedAt: null, application: { callId, status: { not: 'WITHDRAWN' } } },
  });
  return { ...call, title: call.texts[0]?.title ?? call.slug, selected, activePairs, unpublished };
}

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
    db.application.findMany({
      where,
      orderBy,
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        applicantCityId: true,
        partnerCityId: true,
        partnerConfirmedAt: true,
        contactName: true,
        applicantCity: CITY,
        partnerCity: CITY,
        organisations: { select: { organisationId: true } },
        endorsements: { where: { status: 'CONFIRMED' }, select: { id: true } },
        reviews: { select: { reviewerId: true, submittedAt: true } },
        decision: { select: { outcome: true, publishedAt: true } },
      },
    }),
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

/** Weighted mean per submitted review, grouped by application, for one edition (optionally some applications). */
async function reviewMeans(callId: string, applicationIds?: string[]) {
  const reviews = await db.review.findMany({
    where: {
      submittedAt: { not: null },
      application: { callId },
      ...(applicationIds ? { applicationId: { in: applicationIds } } : {}),
    },
    select: {
      applicationId: true,
      reviewerId: true,
      reviewer: { select: { name: true, email: true } },
      submittedAt: true,
      scores: { select: { criterionId: true, score: true, comment: true, criterion: { select: { weight: true } } } },
    },
  });
  const byApp = new Map<
    string,
    {
      reviewerId: string;
      reviewerName: string;
      mean: number | null;
      submittedAt: Date | null;
      scores: { criterionId: string; score: number; comment: string | null }[];
    }[]
  >();
  for (const r of reviews) {
    const list = byApp.get(r.applicationId) ?? [];
    list.push({
      reviewerId: r.reviewerId,
      reviewerName: r.reviewer.name ?? r.reviewer.email,
      submittedAt: r.submittedAt,
      mean: weightedMean(r.scores.map((s) => ({ score: s.score, weight: s.criterion.weight }))),
      scores: r.scores.map((s) => ({ criterionId: s.criterionId, score: s.score, comment: s.comment })),
    });
    byApp.set(r.applicationId, list);
  }
  return byApp;
}

/**
 * The ranking: statistics per application, visible to a viewer only for applications they have
 * reviewed themselves and are not conflicted with; the rest say whose reviews are still missing.
 */
export async function getRanking(actor: Actor, callId: string, locale: AppLocale) {
  const [apps, means, conflicts] = await Promise.all([
    db.application.findMany({
      where: { callId, status: { notIn: ['DRAFT', 'WITHDRAWN'] } },
      select: {
        id: true,
        status: true,
        applicantCityId: true,
        partnerCityId: true,
        applicantCity: CITY,
        partnerCity: CITY,
        organisations: { select: { organisationId: true } },
        reviews: { select: { reviewerId: true, submittedAt: true, reviewer: { select: { name: true, email: true } } } },
        decision: { select: { outcome: true, publishedAt: true } },
      },
    }),
    reviewMeans(callId),
    conflictsOf(actor.id),
  ]);
  const rows = apps.map((a) => {
    const conflicted = isConflicted(conflicts, a);
    const reviews = means.get(a.id) ?? [];
    const ownDone = reviews.some((r) => r.reviewerId === actor.id);
    const visible = !conflicted && ownDone;
    const stats: ScoreSummary | null = visible
      ? summarize(reviews.flatMap((r) => (r.mean === null ? [] : [r.mean])))
      : null;
    return {
      id: a.id,
      status: a.status,
      applicantCity: a.applicantCity ? cityName(a.applicantCity, locale) : null,
      partnerCity: a.partnerCity ? cityName(a.partnerCity, locale) : null,
      conflicted,
      ownDone,
      stats,
      submitted: a.reviews.filter((r) => r.submittedAt).length,
      missing: a.reviews.filter((r) => !r.submittedAt).map((r) => r.reviewer.name ?? r.reviewer.email),
      decision: conflicted ? null : a.decision,
    };
  });
  // Visible scores first, best first; the rest by city.
  rows.sort(
    (x, y) =>
      (y.stats?.mean ?? -1) - (x.stats?.mean ?? -1) || (x.applicantCity ?? '').localeCompare(y.applicantCity ?? ''),
  );
  return rows;
}

/** Everything the review workspace shows, cut to what this coordinator may see; null when not reviewable. */
export async function getReviewWorkspace(actor: Actor, applicationId: string, locale: AppLocale) {
  const app = await db.application.findFirst({
    where: { AND: [{ id: applicationId, status: { not: 'DRAFT' } }, applicationScope(actor)] },
    include: {
      call: {
        include: { texts: { where: { locale }, select: { title: true } }, criteria: { orderBy: { position: 'asc' } } },
      },
      applicant: { select: { name: true, email: true } },
      partnerUser: { select: { name: true, email: true } },
      applicantCity: CITY,
      partnerCity: CITY,
      organisations: { include: { organisation: { select: { name: true, kind: true } } } },
      endorsements: { include: { official: { select: { name: true, email: true } }, city: CITY } },
      translations: true,
      reviews: { include: { reviewer: { select: { id: true, name: true, email: true } } } },
      decision: { include: { decidedBy: { select: { name: true, email: true } } } },
      pair: { select: { id: true, status: true } },
    },
  });
  if (!app) return null;
  const conflicts = await conflictsOf(actor.id);
  const conflicted = isConflicted(conflicts, {
    ...app,
    organisations: app.organisations.map((o) => ({ organisationId: o.organisationId })),
  });
  const means = conflicted ? new Map() : await reviewMeans(app.callId, [app.id]);
  const reviews = (means.get(app.id) ?? []) as Awaited<ReturnType<typeof reviewMeans>> extends Map<string, infer V>
    ? V
    : never;
  const own = reviews.find((r) => r.reviewerId === actor.id) ?? null;
  const othersVisible = !conflicted && !!own;
  const coordinators = await listCoordinators();
  const tiesOf = await conflictsByReviewer(coordinators.map((c) => c.id));
  const coordinatorConflicts = coordinators.map((c) => ({
    ...c,
    conflicted: isConflicted(tiesOf.get(c.id) ?? [], app),
  }));
  const history = await db.auditEvent.findMany({
    where: { entityType: 'Application', entityId: app.id },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: {
      id: true,
      action: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return {
    app,
    title: app.call.texts[0]?.title ?? app.call.slug,
    criteria: app.call.criteria,
    conflicted,
    canScore: !conflicted && !!app.call.reviewOpenedAt && !app.call.decisionsPublishedAt,
    own,
    others: othersVisible ? reviews.filter((r) => r.reviewerId !== actor.id) : [],
    stats: othersVisible ? summarize(reviews.flatMap((r) => (r.mean === null ? [] : [r.mean]))) : null,
    assignments: app.reviews.map((r) => ({
      reviewerId: r.reviewerId,
      name: r.reviewer.name ?? r.reviewer.email,
      submitted: !!r.submittedAt,
    })),
    coordinators: coordinatorConflicts,
    decision: conflicted ? null : app.decision,
    history: history.map((h) => ({
      id: h.id,
      action: h.action,
      createdAt: h.createdAt,
      actor: h.actor ? (h.actor.name ?? h.actor.email) : null,
      // Scores stay out of the history: it is shown to conflicted coordinators too.
      status: historyStatus(h.after),
    })),
  };
}

const ZHistoryAfter = z.object({ status: z.enum(ApplicationStatus) });

/** The status an audited change left the application in, when the change was one of status. */
function historyStatus(after: unknown): ApplicationStatus | null {
  const parsed = ZHistoryAfter.safeParse(after);
  return parsed.success ? parsed.data.status : null;
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

export async function listMyConflicts(actor: Actor, locale: AppLocale) {
  const rows = await db.conflictOfInterest.findMany({
    where: { reviewerId: actor.id },
    orderBy: { createdAt: 'asc' },
    include: { city: CITY, organisation: { include: { city: CITY } } },
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
  const orgs = await db.organisation.findMany({ orderBy: { name: 'asc' }, take: 2000, include: { city: CITY } });
  return orgs.map((o) => ({ value: o.id, label: `${o.name} (${cityName(o.city, locale)})` }));
}

export async function listHeldEmails() {
  return db.outboxEmail.findMany({ where: { status: 'HELD' }, orderBy: { createdAt: 'asc' }, take: 500 });
}

export async function listDecisionTemplates() {
  return db.decisionTemplate.findMany();
}

/** Published decisions on the person's own applications, for their dashboard. */
export async function listPublishedDecisionsFor(actor: Actor) {
  if (actor.role === 'COORDINATOR') return [];
  return db.decision.findMany({
    where: {
      publishedAt: { not: null },
      application: { OR: [{ applicantId: actor.id }, { partnerUserId: actor.id }] },
    },
    orderBy: { publishedAt: 'desc' },
    select: {
      id: true,
      outcome: true,
      publishedAt: true,
      application: {
        select: {
          id: true,
          call: { select: { year: true } },
          applicantCity: CITY,
          partnerCity: CITY,
          pair: { select: { id: true } },
        },
      },
    },
  });
}

/** Rows of the applications CSV (conflicted applications keep no decision column). */
export async function applicationsForCsv(actor: Actor, callId: string) {
  const conflicts = await conflictsOf(actor.id);
  const conflictWhere = conflictedWhere(conflicts);
  const apps = await db.application.findMany({
    where: { callId, status: { not: 'DRAFT' } },
    orderBy: { submittedAt: 'asc' },
    include: {
      applicantCity: CITY,
      partnerCity: CITY,
      endorsements: { where: { status: 'CONFIRMED' }, select: { id: true } },
      decision: { select: { outcome: true, publishedAt: true } },
    },
  });
  const conflictedIds = conflictWhere
    ? new Set(
        (await db.application.findMany({ where: { AND: [{ callId }, conflictWhere] }, select: { id: true } })).map(
          (a) => a.id,
        ),
      )
    : new Set<string>();
  return apps.map((a) => ({ ...a, decision: conflictedIds.has(a.id) ? null : a.decision }));
}

/** Rows of the reviews CSV: only applications whose scores the viewer may see. */
export async function reviewsForCsv(actor: Actor, callId: string) {
  const conflicts = await conflictsOf(actor.id);
  const criteria = await db.reviewCriterion.findMany({ where: { callId }, orderBy: { position: 'asc' } });
  const apps = await db.application.findMany({
    where: {
      callId,
      status: { not: 'DRAFT' },
      reviews: { some: { reviewerId: actor.id, submittedAt: { not: null } } },
    },
    include: { applicantCity: CITY, partnerCity: CITY, organisations: { select: { organisationId: true } } },
  });
  const visible = apps.filter((a) => !isConflicted(conflicts, a));
  const means = await reviewMeans(
    callId,
    visible.map((a) => a.id),
  );
  return { criteria, rows: visible.flatMap((a) => (means.get(a.id) ?? []).map((r) => ({ app: a, review: r }))) };
}
