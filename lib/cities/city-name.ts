import type { AppLocale } from '@/i18n/routing';

/** The four spellings every city row carries. */
export type CityNames = { nameEn: string; nameDe: string; nameRu: string; nameUk: string };

const NAME_COLUMN = { en: 'nameEn', de: 'nameDe', ru: 'nameRu', uk: 'nameUk' } as const satisfies Record<
  AppLocale,
  keyof CityNames
>;

/** A city's name in the reader's language. */
export function cityName(city: CityNames, locale: AppLocale): string {
  return city[NAME_COLUMN[locale]];
}

/** A city copied into an application's snapshot, or a dash where the applicant has not chosen one. */
export function snapshotCityName(city: CityNames | null | undefined, locale: AppLocale): string {
  return city ? cityName(city, locale) : '—';
}
