import type { PairPageData } from '@/server/queries/pairs';

/** One workshop as the pair page reads it. */
export type PairWorkshop = PairPageData['workshops'][number];

type MaterialWithTitles = { slug: string; versions: { locale: string; title: string }[] };

/** A material's title in the reader's language, else its first version's, else its slug. */
export function materialTitle(m: MaterialWithTitles, locale: string): string {
  return m.versions.find((v) => v.locale === locale)?.title ?? m.versions[0]?.title ?? m.slug;
}
