import 'server-only';
import { createTranslator } from 'next-intl';
import en from '@/messages/en.json';
import de from '@/messages/de.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';
import type { AppLocale } from '@/i18n/routing';

const CATALOGUES = { en, de, ru, uk } as const;

/** A translator outside React (e-mails, PDFs, jobs), always in the recipient's language. */
export function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}
