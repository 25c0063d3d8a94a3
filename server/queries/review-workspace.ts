import 'server-only';
import { reviewMeans } from './ranking';
import { CITY_WITH_COUNTRY } from './cities';
import { z } from 'zod';
import { ApplicationStatus } from '@/lib/enums';
import { listCoordinators } from './users';
import { db } from '../db';
import { conflictsByReviewer, conflictsOf } from '../review/conflicts';
import { isConflicted } from '@/lib/review/conflicts';
import { applicationScope } from './scopes';
import { summarize } from '@/lib/review/stats';
import type { Actor } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

/** Everything the review workspace shows, cut to what this coordinator may see; null when not reviewable. */
export async function getReviewWorkspace(actor: Actor, applicationId: string, locale: AppLocale) {
  // Independent reads at once, then what depends on them: two round trips in a row instead of six. The
  // history of an application the scope hides is read too, and dropped with it.
  const [app, conflicts, coordinators, history] = await Promise.all([
    db.application.findFirst({
      where: { AND: [{ id: applicationId, status: { not: 'DRAFT' } }, applicationScope(actor)] },
      include: {
        call: {
          include: {
            texts: { where: { locale }, select: { title: true } },
            criteria: { orderBy: { position: 'asc' } },
          },
        },
        applicant: { select: { name: true, email: true } },
        partnerUser: { select: { name: true, email: true } },
        applicantCity: CITY_WITH_COUNTRY,
        partnerCity: CITY_WITH_COUNTRY,
        organisations: { include: { organisation: { select: { name: true, kind: true } } } },
        endorsements: { include: { official: { select: { name: true, email: true } }, city: CITY_WITH_COUNTRY } },
        translations: true,
        reviews: { include: { reviewer: { select: { id: true, name: true, email: true } } } },
        decision: { include: { decidedBy: { select: { name: true, email: true } } } },
        pair: { select: { id: true, status: true } },
      },
    }),
    conflictsOf(actor.id),
    listCoordinators(),
    db.auditEvent.findMany({
      where: { entityType: 'Application', entityId: applicationId },
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
    }),
  ]);
  if (!app) return null;
  const conflicted = isConflicted(conflicts, {
    ...app,
    organisations: app.organisations.map((o) => ({ organisationId: o.organisationId })),
  });
  const [means, tiesOf] = await Promise.all([
    conflicted ? Promise.resolve(new Map()) : reviewMeans(app.callId, [app.id]),
    conflictsByReviewer(coordinators.map((c) => c.id)),
  ]);
  const reviews = (means.get(app.id) ?? []) as Awaited<ReturnType<typeof reviewMeans>> extends Map<string, infer V>
    ? V
    : never;
  const own = reviews.find((r) => r.reviewerId === actor.id) ?? null;
  const othersVisible = !conflicted && !!own;
  const coordinatorConflicts = coordinators.map((c) => ({
    ...c,
    conflicted: isConflicted(tiesOf.get(c.id) ?? [], app),
  }));
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
