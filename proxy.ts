import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { TOOLBOX_SEARCH_KEYS } from './lib/toolbox/materials';

// Routes languages only; it is never the security check (server/auth.ts is).
const intl = createMiddleware(routing);
const LIBRARY = /^\/(en|de|ru|uk)\/toolbox\/?$/;

export default function proxy(request: NextRequest) {
  const library = LIBRARY.exec(request.nextUrl.pathname);
  if (!library) return intl(request);
  // The library without a search is one static page; `/toolbox?q=…` stays its address, served by the
  // search page (docs/decisions/014-static-library-pages.md).
  if (!TOOLBOX_SEARCH_KEYS.some((key) => request.nextUrl.searchParams.has(key))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/${library[1]}/toolbox/search`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Paths that already start with a locale segment are left alone: the proxy only
  // redirects `/` and unprefixed paths. `(?:/|$)` keeps `/enroll` from counting as `/en`.
  // The one exception is a search of the library, which it sends to the search page; the library without
  // one never reaches the proxy, so its static page is served as it is. Next reads this config without running
  // it, so the keys are written out: lib/toolbox/search-address.test.ts holds them to TOOLBOX_SEARCH_KEYS.
  matcher: [
    '/((?!api|_next|_vercel|(?:en|de|ru|uk)(?:/|$)|.*\\..*).*)',
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'q' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'kind' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'stage' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'topic' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'lang' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'duration' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'group' }] },
    { source: '/:locale(en|de|ru|uk)/toolbox', has: [{ type: 'query', key: 'page' }] },
  ],
};
