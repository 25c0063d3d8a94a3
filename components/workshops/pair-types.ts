import type { PairPageData } from '@/server/queries/pairs';

/** One workshop as the pair page reads it. */
export type PairWorkshop = PairPageData['workshops'][number];

type MaterialWithTitles = { slug: string; versions: { locale: string; title: string }[] };

/** A material's title in the reader's language, else its first version's, else its slug. */
export function materialTitle(m: MaterialWithTitles, locale: string): string {
  return m.versions.find((v) => v.locale === locale)?.title ?? m.versions[0]?.title ?? m.slug;
}

/** The zone a workshop's times are read in: the venue's own, else its host city's. */
export function venueZoneOf(w: Pick<PairWorkshop, 'timeZone' | 'hostCity'>): string | null {
  return w.timeZone ?? w.hostCity?.timeZone ?? null;
}
