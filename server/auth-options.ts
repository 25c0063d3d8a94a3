import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter, AdapterUser, VerificationToken } from 'next-auth/adapters';
import { db } from './db';
import { audit } from './audit';
import { queueSignInEmail } from './sign-in-link';
import { toSessionUser } from './auth';
import { isDemoMode } from './env';
import type { ClientSessionUser } from '@/lib/session-user';
import type { AppLocale } from '@/i18n/routing';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * @auth/prisma-adapter, except that a person is created only here, when their link is used (nothing
 * is stored for an address before its owner confirms it): in the language the link was requested in,
 * with any role a coordinator granted the address meanwhile (RoleGrant, docs/decisions/003).
 * One adapter per request (getAuthOptions is called per request), so the token's language passes
 * from useVerificationToken to createUser in this closure.
 */
export function createAuthAdapter(): Adapter {
  // @auth/prisma-adapter is typed against the classic client and @auth/core; the calls are the same.
  const base = PrismaAdapter(db as never) as unknown as Adapter;
  const localeOfToken = new Map<string, AppLocale>();
  return {
    ...base,
    async useVerificationToken(params) {
      const used = (await base.useVerificationToken!(params)) as (VerificationToken & { locale?: AppLocale }) | null;
      if (used?.locale) localeOfToken.set(used.identifier.toLowerCase(), used.locale);
      return used;
    },
    async createUser(data: Omit<AdapterUser, 'id'>) {
      const email = data.email.toLowerCase();
      const user = await db.$transaction(async (tx) => {
        const grants = await tx.roleGrant.findMany({
          where: { email, appliedAt: null },
          orderBy: { createdAt: 'desc' },
        });
        const grant = grants[0];
        const created = await tx.user.create({
          data: {
            email,
            emailVerified: data.emailVerified,
            name: grant?.name ?? null,
            locale: localeOfToken.get(email) ?? grant?.locale ?? 'en',
            ...(grant ? { role: grant.role } : {}),
          },
        });
        if (grant) {
          await tx.roleGrant.updateMany({ where: { email, appliedAt: null }, data: { appliedAt: new Date() } });
          await audit(tx, grant.invitedById, 'role.grant.apply', ['User', created.id], {
            before: null,
            after: { role: grant.role, grantId: grant.id },
          });
        }
        return created;
      });
      return user as unknown as AdapterUser;
    },
  };
}

export function getAuthOptions(): NextAuthOptions {
  return {
    adapter: createAuthAdapter(),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
    secret: process.env.NEXTAUTH_SECRET,
    providers: [
      EmailProvider({
        server: {},
        maxAge: 60 * 60,
        // Links are issued by server/sign-in-link.ts (rate-limited, localized); this path is a fallback.
        // next-auth has stored its token already (through the adapter, outside any transaction of ours).
        async sendVerificationRequest({ identifier, url }) {
          await db.$transaction((tx) => queueSignInEmail(tx, { email: identifier, url }));
        },
      }),
    ],
    pages: { signIn: '/en/signin', verifyRequest: '/en/signin', error: '/en/signin' },
    callbacks: {
      async session({ session, user }) {
        const u = toSessionUser(user as unknown as Parameters<typeof toSessionUser>[0]);
        const clientUser: ClientSessionUser = {
          id: u.id,
          email: u.email,
          name: u.name,
          locale: u.locale,
          role: u.role,
          officialCityId: u.officialCityId,
          isVerifiedOfficial: u.isVerifiedOfficial,
        };
        return { ...session, user: clientUser, demo: isDemoMode() } as typeof session;
      },
      async redirect({ url, baseUrl }) {
        if (url.startsWith('/')) return `${baseUrl}${url}`;
        if (new URL(url).origin === baseUrl) return url;
        return baseUrl;
      },
    },
  };
}
