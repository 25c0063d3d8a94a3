import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { applicationsForCsv } from '@/server/queries/review-exports';
import { db } from '@/server/db';
import { csvLine } from '@/lib/csv';

export async function GET(_req: Request, { params }: { params: Promise<{ callId: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { callId } = await params;
  const call = await db.call.findUnique({ where: { id: callId }, select: { slug: true } });
  if (!call) return notFoundResponse();
  const rows = await applicationsForCsv(user, callId);
  let csv =
    '\ufeff' +
    csvLine([
      'id',
      'status',
      'submittedAt',
      'applicantCity',
      'applicantCountry',
      'partnerCity',
      'partnerCountry',
      'contactName',
      'contactEmail',
      'partnerConfirmed',
      'endorsed',
      'decision',
      'decisionPublished',
    ]);
  for (const a of rows) {
    csv += csvLine([
      a.id,
      a.status,
      a.submittedAt,
      a.applicantCity?.nameEn,
      a.applicantCity?.country,
      a.partnerCity?.nameEn,
      a.partnerCity?.country,
      a.contactName,
      a.contactEmail,
      a.partnerConfirmedAt ? 'yes' : 'no',
      a.endorsements.length ? 'yes' : 'no',
      a.decision?.outcome,
      a.decision?.publishedAt,
    ]);
  }
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="applications-${call.slug}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
