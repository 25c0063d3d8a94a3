import { after } from 'next/server';
import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { processExportJobs, requestPdfZip } from '@/server/exports/pdf-zip';
import { AppError } from '@/server/errors';

/** Starts the ZIP of all PDFs; the work runs after the response (and by the scheduled job if the process restarts). */
export async function POST(_req: Request, { params }: { params: Promise<{ callId: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { callId } = await params;
  try {
    const job = await requestPdfZip(user, { callId });
    after(() => processExportJobs().catch((error) => console.error('[exports] failed', error)));
    return Response.json(job, { status: 202 });
  } catch (error) {
    if (error instanceof AppError) return notFoundResponse();
    throw error;
  }
}
