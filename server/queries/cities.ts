import 'server-only';
import { db } from '../db';
import { queryKeysFor } from '@/lib/search/fold';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';

/** The four spellings of a city's name that cityName() picks from: select them with this, wherever a city is shown. */
export const CITY_NAMES = { nameEn: true, nameDe: true, nameRu: true, nameUk: true } as const;

/** A city as review pages, exports and notices show it: its id, names and country. */
export const CITY_WITH_COUNTRY = { select: { id: true, ...CITY_NAMES, country: true } } as const;

export type CityOption = { id: string; name: string; country: 'BY' | 'DE' | 'RU' | 'UA'; timeZone: string };

type CityRow = {
  id: string;
  nameEn: string;
  nameDe: string;
  nameRu: string;
  nameUk: string;
  country: CityOption['country'];
  timeZone: string;
};

/**
 * The one city search: whatever script or spelling is typed (Харків, Kharkiv, Charkiw, Харьков).
 * A query key must start a word of searchKeys (substring matches mix Kiev into Kharkiv);
 * trigram word similarity forgives a typo when nothing matches exactly.
 */
export async function searchCities(
  q: string,
  locale: AppLocale,
  opts: { limit?: number; country?: CityOption['country'] } = {},
): Promise<CityOption[]> {
  const keys = queryKeysFor(q).filter((k) => k.length >= 2);
  if (keys.length === 0) return [];
  const limit = Math.min(opts.limit ?? 10, 50);
  const country = opts.country ?? null;
  // Word-start matches first; only when there are none does similarity step in (else Kiev finds Kiel).
  const exact = await db.$queryRaw<CityRow[]>`
    SELECT c."id", c."nameEn", c."nameDe", c."nameRu", c."nameUk", c."country"::text AS "country", c."timeZone"
    FROM "City" c
    WHERE (${country}::text IS NULL OR c."country"::text = ${country}::text)
      AND EXISTS (SELECT 1 FROM unnest(${keys}::text[]) k WHERE (' ' || c."searchKeys") LIKE '% ' || k || '%')
    ORDER BY c."isCustom" ASC, c."nameEn" ASC
    LIMIT ${limit}`;
  const rows = exact.length
    ? exact
    : await db.$queryRaw<CityRow[]>`
        SELECT c."id", c."nameEn", c."nameDe", c."nameRu", c."nameUk", c."country"::text AS "country", c."timeZone"
        FROM "City" c, LATERAL (SELECT max(word_similarity(k, c."searchKeys")) AS score FROM unnest(${keys}::text[]) k) s
        WHERE (${country}::text IS NULL OR c."country"::text = ${country}::text) AND s.score >= 0.5
        ORDER BY s.score DESC, c."nameEn" ASC
        LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, name: cityName(r, locale), country: r.country, timeZone: r.timeZone }));
}

export async function getCityName(id: string, locale: AppLocale): Promise<string | null> {
  const city = await db.city.findUnique({ where: { id } });
  return city ? cityName(city, locale) : null;
}
