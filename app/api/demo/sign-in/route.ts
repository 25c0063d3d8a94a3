import { isDemoMode } from '@/server/env';
import { findDemoUser } from '@/server/queries/users';
import { issueDemoSignInUrl, safeCallbackPath } from '@/server/sign-in-link';
import { isLocale } from '@/i18n/routing';

/**
 * Demo mode only: a plain form POST that issues a magic link for a seeded demo person and
 * follows it (303 to next-auth's callback), so the session cookie is set by a real navigation.
 */
export async function POST(req: Request) {
  if (!isDemoMode()) return new Response('Not found', { status: 404 });
  const form = await req.formData().catch(() => null);
  const locale = String(form?.get('locale') ?? '');
  const user = await findDemoUser(String(form?.get('userId') ?? ''));
  if (!user || !isLocale(locale)) return new Response('Not found', { status: 404 });
  const url = await issueDemoSignInUrl(user.email, safeCallbackPath(undefined, locale));
  return new Response(null, { status: 303, headers: { Location: url } });
}
