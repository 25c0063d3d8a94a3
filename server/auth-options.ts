import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { db } from './db';
import { queueSignInEmail } from './sign-in-link';
import { toSessionUser } from './auth';
import { isDemoMode } from './env';
import type { ClientSessionUser } from '@/lib/session-user';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  return {
    // @auth/prisma-adapter is typed against the classic client and @auth/core; the calls are the same.
    adapter: PrismaAdapter(db as never) as never,
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
    secret: process.env.NEXTAUTH_SECRET,
    providers: [
      EmailProvider({
        server: {},
        maxAge: 60 * 60,
        // Links are issued by server/sign-in-link.ts (rate-limited, localized); this path is a fallback.
        async sendVerificationRequest({ identifier, url }) {
          await queueSignInEmail({ email: identifier, url });
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
