import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { MessageKey } from '@/lib/i18n/message-key';
import type { AppLocale } from './routing';

type LocaleParams = { params: Promise<{ locale: AppLocale }> };

/**
 * A page's `generateMetadata` that only sets its title from one catalogue key, in the page's language:
 * `export const generateMetadata = titleMetadata('people.title');`. `extra` adds fixed fields (robots).
 */
export function titleMetadata(key: MessageKey, extra: Metadata = {}) {
  return async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
    const { locale } = await params;
    // Whole keys, typed as MessageKey: the one other place besides useErrorText that takes the root translator.
    // eslint-disable-next-line house/translations-namespace
    const t = await getTranslations({ locale });
    return { title: t(key), ...extra };
  };
}
