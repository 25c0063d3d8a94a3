import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getCurrentUser, type SessionUser } from './auth';
import { can, type Permission, type ResourceFacts } from '@/lib/permissions';

/** Signed-out visitors go to sign-in and come back to `path` afterwards. */
export async function requireSignedInPage(locale: string, path: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  return user;
}

/** Signed-out: to sign-in. Signed-in without the permission: the localized 404. */
export async function requirePagePermission(
  locale: string,
  path: string,
  permission: Permission,
  facts?: ResourceFacts,
): Promise<SessionUser> {
  const user = await requireSignedInPage(locale, path);
  if (!can(user, permission, facts)) notFound();
  return user;
}
