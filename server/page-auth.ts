import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getCurrentUser, type SessionUser } from './auth';
import { can, type Permission, type ResourceFacts } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';

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

type LocaleParams = { locale: AppLocale };
type PagePath<P> = string | ((params: P) => string);

/** A page's first lines in one: its params, its language set for this request, and its signed-in viewer. */
export async function openSignedInPage<P extends LocaleParams>(
  params: Promise<P>,
  path: PagePath<P>,
): Promise<P & { user: SessionUser }> {
  const resolved = await params;
  setRequestLocale(resolved.locale);
  const user = await requireSignedInPage(resolved.locale, typeof path === 'string' ? path : path(resolved));
  return { ...resolved, user };
}

/** As openSignedInPage, for a page only people with `permission` may open: for anyone else it is the 404. */
export async function openPermittedPage<P extends LocaleParams>(
  params: Promise<P>,
  path: PagePath<P>,
  permission: Permission,
  facts?: ResourceFacts,
): Promise<P & { user: SessionUser }> {
  const resolved = await params;
  setRequestLocale(resolved.locale);
  const user = await requirePagePermission(
    resolved.locale,
    typeof path === 'string' ? path : path(resolved),
    permission,
    facts,
  );
  return { ...resolved, user };
}
