import 'server-only';
import { assertCan } from './access';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { db } from './db';
import { AppError } from './errors';
import { type Actor, type Permission, type ResourceFacts } from '@/lib/permissions';

export type SessionUser = Actor & {
  email: string;
  name: string | null;
  locale: 'en' | 'de' | 'ru' | 'uk';
  timeZone: string | null;
};

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/**
 * The signed-in person, read straight from the database session (so a role change or a
 * revoked session takes effect at once). Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  return getUserBySessionToken(token);
});

export async function getUserBySessionToken(token: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({ where: { sessionToken: token }, include: { user: true } });
  if (!session || session.expires < new Date()) return null;
  return toSessionUser(session.user);
}

export function toSessionUser(user: {
  id: string;
  email: string;
  name: string | null;
  role: Actor['role'];
  locale: SessionUser['locale'];
  timeZone: string | null;
  officialCityId: string | null;
  officialVerifiedAt: Date | null;
}): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    timeZone: user.timeZone,
    officialCityId: user.officialCityId,
    isVerifiedOfficial: user.officialVerifiedAt !== null,
  };
}

/** For server actions and route handlers: throws UNAUTHENTICATED when nobody is signed in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** Throws NOT_FOUND (not FORBIDDEN): a record one may not see looks like one that does not exist. */
export async function requirePermission(permission: Permission, facts?: ResourceFacts): Promise<SessionUser> {
  const user = await requireUser();
  assertCan(user, permission, facts);
  return user;
}
