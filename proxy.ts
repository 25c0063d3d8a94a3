import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Routes languages only; it is never the security check (server/auth.ts is).
export default createMiddleware(routing);

export const config = {
  // Paths that already start with a locale segment are left alone: the proxy only
  // redirects `/` and unprefixed paths. `(?:/|$)` keeps `/enroll` from counting as `/en`.
  matcher: ['/((?!api|_next|_vercel|(?:en|de|ru|uk)(?:/|$)|.*\\..*).*)'],
};
