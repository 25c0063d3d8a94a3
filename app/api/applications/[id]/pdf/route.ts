import { getCurrentUser } from '@/server/auth';
import { getApplicationForViewer } from '@/server/queries/applications';
import { pdfFileName, renderApplicationPdfFor } from '@/server/pdf/application';
import { isLocale } from '@/i18n/routing';

export const dynamic = 'force-dynamic';

/**
 * The application's PDF for the applicant, the partner, the city's officials and coordinators;
 * anyone else (or a signed-out visitor) gets the same 404 as for an id that does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id } = await params;
  const app = user ? await getApplicationForViewer(user, id) : null;
  if (!app) return new Response('Not found', { status: 404 });
  const requested = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(requested) ? requested : user!.locale;
  const pdf = await renderApplicationPdfFor(app, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${pdfFileName(app, locale)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
