import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { reviewsForCsv, getExportCallSlug } from '@/server/queries/review-exports';
import { csvResponse } from '@/server/exports/csv-response';

/** Reviews of the applications whose scores the downloader may see (own review in, no conflict). */
export async function GET(_req: Request, { params }: { params: Promise<{ callId: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { callId } = await params;
  const slug = await getExportCallSlug(callId);
  if (!slug) return notFoundResponse();
  const { criteria, rows } = await reviewsForCsv(user, callId);
  const header = [
    'applicationId',
    'applicantCity',
    'partnerCity',
    'reviewer',
    'submittedAt',
    'weightedMean',
    ...criteria.flatMap((c) => [`${c.key} (×${c.weight})`, `${c.key} comment`]),
  ];
  return csvResponse(
    `reviews-${slug}.csv`,
    header,
    rows.map(({ app, review }) => [
      app.id,
      app.applicantCity?.nameEn,
      app.partnerCity?.nameEn,
      review.reviewerName,
      review.submittedAt,
      review.mean?.toFixed(3),
      ...criteria.flatMap((c) => {
        const s = review.scores.find((x) => x.criterionId === c.id);
        return [s?.score, s?.comment];
      }),
    ]),
  );
}
