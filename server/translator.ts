import 'server-only';
import type { Messages } from 'next-intl';
import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import de from '@/messages/de.json';
import ru from '@/messages/ru.json';
import uk from '@/messages/uk.json';
import type { AppLocale } from '@/i18n/routing';
import type { MessageKey } from '@/lib/i18n/message-key';

// Typed as the English catalogue: a language that lacks one of its keys fails the typecheck.
const CATALOGUES: Record<AppLocale, Messages> = { en, de, ru, uk };

/** A translator outside React (e-mails, PDFs, jobs), always in the recipient's language. */
export function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: CATALOGUES[locale] });
}

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
const KEYS: ReadonlySet<string> = new Set(leaves(en));

/** True for a key of the catalogue: a string from zod or from stored data becomes a typed key only through this. */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && KEYS.has(value);
}

/** The whole catalogue of a language, for the e-mail composer's own translator. */
export function catalogueFor(locale: AppLocale): Messages {
  return CATALOGUES[locale];
}
