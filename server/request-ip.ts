import 'server-only';
import { headers } from 'next/headers';

/**
 * The client's address. scripts/server.mjs, which serves the app, replaces X-Forwarded-For with the one
 * address it believes (the socket's peer, or the proxy-reported one with TRUSTED_PROXY_COUNT) before
 * Next sees the request, so the header holds a single value here. Under bare `next start` it would be
 * whatever the client sent: serve the app through scripts/server.mjs (npm start, docs/deploy.md).
 */
export async function getRequestIp(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.trim() || 'unknown';
}
