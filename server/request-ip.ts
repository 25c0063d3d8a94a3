import 'server-only';
import { headers } from 'next/headers';

/** The client's address as the reverse proxy reports it (first hop of X-Forwarded-For). */
export async function getRequestIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || h.get('x-real-ip') || 'unknown';
}
