import 'server-only';
import { db } from '../db';
import type { Conflict } from '@/lib/review/conflicts';

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
