/** Pure toolbox rules shared by pages, forms and server (browser-safe). */
import { isLocale, type AppLocale } from '@/i18n/routing';

/** Topic tags are keys with translated labels (toolbox.topic.*), so every language filters the same way. */
export const TOPICS = [
  'partnership',
  'participation',
  'facilitation',
  'projects',
  'funding',
  'communication',
  'online',
  'youth',
  'culture',
  'administration',
  'evaluation',
] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}

/** Duration filter buckets, in minutes (upper bound inclusive). */
export const DURATION_BUCKETS = ['short', 'medium', 'long'] as const;
type DurationBucket = (typeof DURATION_BUCKETS)[number];
export const DURATIONS = { short: [0, 45], medium: [46, 120], long: [121, 100_000] } as const satisfies Record<
  DurationBucket,
  readonly [number, number]
>;

export const PAGE_SIZE = 12;

/**
 * The library's search and filters in its URL. The library without any of them is one static page,
 * `/toolbox`; with one it is the search page, `/toolbox/search?…` (libraryHref), which proxy.ts also serves
 * at `/toolbox?…` for shared links (docs/decisions/014-static-library-pages.md).
 */
export const TOOLBOX_SEARCH_KEYS = ['q', 'kind', 'stage', 'topic', 'lang', 'duration', 'group', 'page'] as const;

/** Addresses under /toolbox that are the library's own, so no material may take them as its slug. */
export const RESERVED_SLUGS: readonly string[] = ['search'];

// Attachments: stored in PostgreSQL (see the Attachment model), so limits keep the database lean.
export const ATTACHMENT_MAX_BYTES = 4 * 1024 * 1024;
export const ATTACHMENTS_PER_MATERIAL = 10;
/** Allowed extensions and the MIME type each one is served with. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
};

type VersionLike = { locale: AppLocale };

/**
 * The version a reader gets: their own language when it exists, otherwise the original.
 * `isFallback` tells the page to say which language is shown.
 */
export function pickVersion<V extends VersionLike>(
  versions: V[],
  locale: AppLocale,
  originalLocale: AppLocale,
): { version: V; isFallback: boolean } | null {
  const own = versions.find((v) => v.locale === locale);
  if (own) return { version: own, isFallback: false };
  const original = versions.find((v) => v.locale === originalLocale) ?? versions[0];
  return original ? { version: original, isFallback: true } : null;
}

/** How many minutes, as "90 min" or "2 h 30 min" parts for the page to format. */
export function durationParts(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/**
 * The language part of a material's address, `/toolbox/<slug>[/<lang>[/<compare>]]`: nothing for the
 * reader's version, one language to choose it, two to read them side by side. Anything else is null
 * (not found), so each view has one address and the page can be prerendered per address.
 */
export type MaterialView = { lang?: AppLocale; compare?: AppLocale };

export function parseMaterialView(segments: string[] | undefined): MaterialView | null {
  const [lang, compare, ...rest] = segments ?? [];
  if (rest.length > 0) return null;
  if (lang === undefined) return {};
  if (!isLocale(lang)) return null;
  if (compare === undefined) return { lang };
  return isLocale(compare) && compare !== lang ? { lang, compare } : null;
}
