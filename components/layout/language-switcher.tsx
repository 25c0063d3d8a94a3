'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { locales } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';

/** Links, not a script-only menu: each keeps the current page and works without JavaScript. */
export function LanguageSwitcher() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('language')}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={pathname}
              locale={l}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? 'true' : undefined}
              className={`rounded px-2 py-1 ${l === locale ? 'bg-brand-700 font-bold text-white' : 'text-brand-700 hover:bg-brand-50'}`}
            >
              {LOCALE_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
