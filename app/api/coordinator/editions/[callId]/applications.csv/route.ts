import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { applicationsForCsv, getExportCallSlug } from '@/server/queries/review-exports';
import { csvResponse } from '@/server/exports/csv-response';

const HEADER = [
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
];

export async function GET(_req: Request, { params }: { params: Promise<{ callId: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { callId } = await params;
  const slug = await getExportCallSlug(callId);
  if (!slug) return notFoundResponse();
  const rows = await applicationsForCsv(user, callId);
  return csvResponse(
    `applications-${slug}.csv`,
    HEADER,
    rows.map((a) => [
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
    ]),
  );
}
