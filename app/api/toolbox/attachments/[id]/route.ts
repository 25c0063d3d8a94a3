import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/server/auth';
import { getAttachmentForDownload } from '@/server/queries/materials';

/** A material's file. Always a download with the stored type, never rendered inline by the browser. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const file = await getAttachmentForDownload(id.slice(0, 64), await getCurrentUser());
  if (!file) return new NextResponse('Not found', { status: 404 });
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new NextResponse(new Uint8Array(file.data), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'private, max-age=300',
    },
  });
}
