import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { reviewsForCsv } from '@/server/queries/review-exports';
import { db } from '@/server/db';
import { csvLine } from '@/lib/csv';

/** Reviews of the applications whose scores the downloader may see (own review in, no conflict). */
export async function GET(_req: Request, { params }: { params: Promise<{ callId: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { callId } = await params;
  const call = await db.call.findUnique({ where: { id: callId }, select: { slug: true } });
  if (!call) return notFoundResponse();
  const { criteria, rows } = await reviewsForCsv(user, callId);
  let csv =
    '\ufeff' +
    csvLine([
      'applicationId',
      'applicantCity',
      'partnerCity',
      'reviewer',
      'submittedAt',
      'weightedMean',
      ...criteria.flatMap((c) => [`${c.key} (×${c.weight})`, `${c.key} comment`]),
    ]);
  for (const { app, review } of rows) {
    const cells = criteria.flatMap((c) => {
      const s = review.scores.find((x) => x.criterionId === c.id);
      return [s?.score, s?.comment];
    });
    csv += csvLine([
      app.id,
      app.applicantCity?.nameEn,
      app.partnerCity?.nameEn,
      review.reviewerName,
      review.submittedAt,
      review.mean?.toFixed(3),
      ...cells,
    ]);
  }
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="reviews-${call.slug}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
