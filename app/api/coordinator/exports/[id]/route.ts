import { permittedOrNull, notFoundResponse } from '@/server/exports/route-auth';
import { getExportJob, getExportJobFile } from '@/server/queries/exports';

/** Progress as JSON, or with ?download=1 the finished file; only the person who asked for it sees it. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await permittedOrNull('review:manage');
  if (!user) return notFoundResponse();
  const { id } = await params;
  if (new URL(req.url).searchParams.get('download')) {
    const file = await getExportJobFile(user, id);
    if (!file?.data) return notFoundResponse();
    return new Response(new Uint8Array(file.data), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${file.fileName ?? 'applications.zip'}"`,
        'cache-control': 'no-store',
      },
    });
  }
  const job = await getExportJob(user, id);
  if (!job) return notFoundResponse();
  return Response.json(
    { id: job.id, status: job.status, done: job.done, total: job.total },
    { headers: { 'cache-control': 'no-store' } },
  );
}
