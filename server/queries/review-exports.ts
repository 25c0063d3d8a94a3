import 'server-only';
import { reviewMeans } from './ranking';
import { CITY_WITH_COUNTRY } from './cities';
import { db } from '../db';
import { conflictsOf } from '../review/conflicts';
import { conflictedWhere, isConflicted } from '@/lib/review/conflicts';
import type { Actor } from '@/lib/permissions';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

/** Rows of the applications CSV (conflicted applications keep no decision column). */
export async function applicationsForCsv(actor: Actor, callId: string) {
  const conflicts = await conflictsOf(actor.id);
  const conflictWhere = conflictedWhere(conflicts);
  const apps = await db.application.findMany({
    where: { callId, status: { not: 'DRAFT' } },
    orderBy: { submittedAt: 'asc' },
    include: {
      applicantCity: CITY_WITH_COUNTRY,
      partnerCity: CITY_WITH_COUNTRY,
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
    include: {
      applicantCity: CITY_WITH_COUNTRY,
      partnerCity: CITY_WITH_COUNTRY,
      organisations: { select: { organisationId: true } },
    },
  });
  const visible = apps.filter((a) => !isConflicted(conflicts, a));
  const means = await reviewMeans(
    callId,
    visible.map((a) => a.id),
  );
  return { criteria, rows: visible.flatMap((a) => (means.get(a.id) ?? []).map((r) => ({ app: a, review: r }))) };
}

/** The edition's slug, for an export's file name; null when there is no such edition. */
export async function getExportCallSlug(callId: string): Promise<string | null> {
  const call = await db.call.findUnique({ where: { id: callId }, select: { slug: true } });
  return call?.slug ?? null;
}
