import 'server-only';
import { CITY_WITH_COUNTRY } from './cities';
import { db } from '../db';
import { conflictsOf } from '../review/conflicts';
import { isConflicted } from '@/lib/review/conflicts';
import { cityName } from '@/lib/cities/city-name';
import { summarize, weightedMean, type ScoreSummary } from '@/lib/review/stats';
import type { Actor } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

/** Weighted mean per submitted review, grouped by application, for one edition (optionally some applications). */
export async function reviewMeans(callId: string, applicationIds?: string[]) {
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
        applicantCity: CITY_WITH_COUNTRY,
        partnerCity: CITY_WITH_COUNTRY,
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
