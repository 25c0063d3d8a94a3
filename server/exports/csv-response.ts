import 'server-only';
import { csvDocument } from '@/lib/csv';

/** A CSV download that is never cached: exports hold personal data and change as reviews come in. */
export function csvResponse(fileName: string, header: unknown[], rows: unknown[][]): Response {
  return new Response(csvDocument(header, rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
