'use server';

import { notFound, redirect } from 'next/navigation';
import { runAction } from '../errors';
import { isDemoMode } from '../env';
import { getRequestIp } from '../request-ip';
import { issueSignInUrl, requestSignInLink, safeCallbackPath } from '../sign-in-link';
import { findDemoUser } from '../queries/users';
import { isLocale } from '@/i18n/routing';

// Signing in is the one public action: there is nobody to authorise yet; it is rate-limited instead.
export async function requestSignInAction(input: unknown) {
  return runAction(async () => requestSignInLink(input, await getRequestIp()));
}

/** Demo mode only: issues a magic link for a demo person and follows it at once. */
export async function demoSignInAction(formData: FormData) {
  if (!isDemoMode()) notFound();
  const locale = String(formData.get('locale'));
  const user = await findDemoUser(String(formData.get('userId')));
  if (!user || !isLocale(locale)) notFound();
  redirect(await issueSignInUrl(user.email, safeCallbackPath(undefined, locale)));
}
