import NextAuth from 'next-auth';
import { getAuthOptions } from '@/server/auth-options';
import { isLocale } from '@/i18n/routing';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handle(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  // Sign-in links are requested through our rate-limited action only (server/sign-in-link.ts).
  if (req.method === 'POST' && nextauth[0] === 'signin') return new Response('Not found', { status: 404 });
  const handler = NextAuth(getAuthOptions());
  const res: Response = await handler(req, { params: { nextauth } });
  return localizeErrorRedirect(req, res);
}

/**
 * next-auth sends errors through /api/auth/error to one fixed page (/en/signin); send people
 * straight to the sign-in page in the language of the page they came from.
 */
function localizeErrorRedirect(req: Request, res: Response): Response {
  const location = res.headers.get('location');
  if (!location) return res;
  const target = new URL(location, req.url);
  const error = target.searchParams.get('error');
  if (!error || !['/api/auth/error', '/en/signin'].includes(target.pathname)) return res;
  const callbackUrl = new URL(req.url).searchParams.get('callbackUrl');
  const first = callbackUrl ? new URL(callbackUrl, req.url).pathname.split('/')[1] : undefined;
  const locale = isLocale(first) ? first : 'en';
  const headers = new Headers(res.headers);
  headers.set('location', new URL(`/${locale}/signin?error=${encodeURIComponent(error)}`, req.url).toString());
  return new Response(res.body, { status: res.status, headers });
}

export { handle as GET, handle as POST };
