import 'server-only';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import type { Messages } from 'next-intl';
import { createTranslator } from 'use-intl/core';
import type en from '@/messages/en.json';
import { catalogueFor } from './translator';
import type { AppLocale } from '@/i18n/routing';
import type { MessageKey } from '@/lib/i18n/message-key';

/** Every catalogue namespace that is an e-mail: it has a `subject` and a `body`. */
type MailPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends { subject: string; body: string }
    ? `${P}${K}`
    : T[K] extends Record<string, unknown>
      ? MailPaths<T[K], `${P}${K}.`>
      : never;
}[keyof T & string];
export type MailKey = MailPaths<typeof en>;

export type MailValue = string | number | Date;

export type ComposeInput = {
  locale: AppLocale;
  values?: Record<string, MailValue>;
  /** The zone of the record the mail is about (edition, venue, host city): its dates are written in it, named. */
  timeZone?: string;
  /** A button under the text; the text version carries the address instead. */
  action?: { url: string; label: MessageKey };
  footer?: MessageKey;
} & (
  | { key: MailKey }
  /** A coordinator's template (ICU, checked when it was saved: lib/review/decision-template.ts). */
  | { source: { subject: string; body: string } }
);

export type ComposedEmail = { subject: string; text: string; html: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * A date as a mail writes it: in the record's zone, with the zone's name, so that a reader elsewhere
 * knows which clock is meant. The one place mail formats a date.
 */
export function formatMailDate(instant: Date, locale: AppLocale, timeZone: string): string {
  return formatInstant(instant, locale, { recordZone: timeZone }, DATE_STYLE.moment);
}

type PlainTranslator = (key: string, values?: Record<string, string | number>) => string;

function translatorOf(locale: AppLocale, messages: Messages, timeZone?: string): PlainTranslator {
  const t = createTranslator({
    locale,
    messages,
    timeZone,
    // A message that cannot be formatted must not leave as its key: the caller decides what to do.
    onError: (error) => {
      throw error;
    },
  });
  return t as unknown as PlainTranslator;
}

/**
 * The one e-mail composer: a catalogue namespace (or a coordinator's template), values and the
 * recipient's language give the subject, the text and the HTML. Values are plain text; in the HTML
 * every one of them is escaped, and `link` values become links.
 */
export function composeEmail(input: ComposeInput): ComposedEmail {
  const catalogue = translatorOf(input.locale, catalogueFor(input.locale), input.timeZone);
  const t =
    'key' in input
      ? catalogue
      : translatorOf(input.locale, { template: input.source } as unknown as Messages, input.timeZone);
  const prefix = 'key' in input ? `${input.key}.` : 'template.';
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(input.values ?? {})) {
    if (value instanceof Date) {
      if (!input.timeZone) throw new Error(`composeEmail: "${name}" is a date, and the mail has no time zone`);
      values[name] = formatMailDate(value, input.locale, input.timeZone);
    } else values[name] = value;
  }
  const subject = t(`${prefix}subject`, values);
  const body = t(`${prefix}body`, values);
  const footer = input.footer ? catalogue(input.footer) : undefined;

  const text = [body, input.action?.url, footer].filter(Boolean).join('\n\n');
  const link = typeof values.link === 'string' ? escapeHtml(values.link) : undefined;
  const paragraphs = body.split(/\n{2,}/).map((p) => {
    let html = escapeHtml(p);
    if (link) html = html.split(link).join(`<a href="${link}">${link}</a>`);
    return `<p>${html.replace(/\n/g, '<br>')}</p>`;
  });
  if (input.action)
    paragraphs.push(
      `<p><a href="${escapeHtml(input.action.url)}">${escapeHtml(catalogue(input.action.label))}</a></p>`,
    );
  if (footer) paragraphs.push(`<p style="color:#555">${escapeHtml(footer)}</p>`);
  return { subject, text, html: paragraphs.join('\n') };
}
