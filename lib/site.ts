import { locales, type AppLocale } from '@/i18n/routing';

export const SITE_NAME = 'Twin City Tool Box';

/** Public origin for absolute links in metadata; set NEXTAUTH_URL in deployments. */
export function siteOrigin(): string {
  return process.env.NEXTAUTH_URL ?? 'http://localhost:3000';
}

export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  de: 'Deutsch',
  ru: 'Русский',
  uk: 'Українська',
};

export function alternateLanguages(path: string): Record<string, string> {
  const suffix = path === '/' ? '' : path;
  return {
    ...Object.fromEntries(locales.map((l) => [l, `/${l}${suffix}`])),
    'x-default': `/en${suffix}`,
  };
}
