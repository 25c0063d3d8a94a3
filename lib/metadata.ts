import type { Metadata } from 'next';
import { alternateLanguages, SITE_NAME, siteOrigin } from './site';
import type { AppLocale } from '@/i18n/routing';

const OG_LOCALES: Record<AppLocale, string> = { en: 'en_GB', de: 'de_DE', ru: 'ru_RU', uk: 'uk_UA' };

/** Title, description, hreflang alternates and share preview for one page in one language. */
export function pageMetadata(opts: { locale: AppLocale; path: string; title: string; description: string }): Metadata {
  const suffix = opts.path === '/' ? '' : opts.path;
  return {
    metadataBase: new URL(siteOrigin()),
    title: opts.title,
    description: opts.description,
    alternates: { canonical: `/${opts.locale}${suffix}`, languages: alternateLanguages(opts.path) },
    openGraph: {
      title: opts.title,
      description: opts.description,
      siteName: SITE_NAME,
      locale: OG_LOCALES[opts.locale],
      type: 'website',
      url: `/${opts.locale}${suffix}`,
    },
    twitter: { card: 'summary', title: opts.title, description: opts.description },
  };
}
