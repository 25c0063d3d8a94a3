import 'server-only';
import { unstable_cache } from 'next/cache';
import { findMaterials, getMaterialPage } from '@/server/queries/materials';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
import type { AppLocale } from '@/i18n/routing';

/**
 * The library's public pages are prerendered on their first request and kept (ISR). Their reads go
 * through here, so each page carries the tag `LIBRARY_TAG`: every authoring action and every change of
 * a workshop's materials expires it (server/actions/materials.ts, workshops.ts), and the next visitor
 * gets a fresh page. The minute is a backstop for a second instance, whose own cache no action here
 * reaches: it regenerates a page at most once a minute, and only when the page is asked for
 * (docs/decisions/014-static-library-pages.md).
 */
export const LIBRARY_TAG = 'library';
const BACKSTOP_SECONDS = 60;

/** A published material's page data (no dates in it: the cache stores JSON). */
export function cachedMaterialPage(slug: string, locale: AppLocale) {
  return unstable_cache(() => getMaterialPage(slug, locale), ['material-page', slug, locale], {
    tags: [LIBRARY_TAG],
    revalidate: BACKSTOP_SECONDS,
  })();
}

/**
 * The first page of the library without a query or filter: the toolbox's static address. `next build`
 * prerenders it per language and may run without a database: it then gets an empty list, which the page's
 * one-minute revalidation replaces on the first request after (the build needs no database). At run time
 * a failed read stays an error, so Next keeps serving the page it has.
 */
export async function cachedLibraryFirstPage(locale: AppLocale) {
  const read = unstable_cache(() => findMaterials(parseToolboxSearch({}), locale), ['library-first-page', locale], {
    tags: [LIBRARY_TAG],
    revalidate: BACKSTOP_SECONDS,
  });
  if (process.env.NEXT_PHASE !== 'phase-production-build') return read();
  return read().catch(() => ({ items: [], total: 0, page: 1, pageCount: 1 }));
}
