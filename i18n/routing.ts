import { defineRouting } from 'next-intl/routing';

export const locales = ['en', 'de', 'ru', 'uk'] as const;
export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'en',
  localePrefix: 'always',
  // The visitor's language comes from Accept-Language on `/`; a cookie would make
  // a shared link depend on who opened it, so the URL alone decides.
  localeCookie: false,
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
