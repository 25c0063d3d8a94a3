import 'server-only';
import { getEnv } from '../env';
import { queueEmail } from '../mail';
import { translatorFor } from '../translator';
import type { AppLocale } from '@/i18n/routing';

export type ApplicationMailKind =
  | 'submitted'
  | 'submittedPartner'
  | 'partnerInvite'
  | 'officialInvite'
  | 'partnerConfirmed'
  | 'endorsed'
  | 'returned'
  | 'withdrawn'
  | 'draftDeadline'
  | 'partnerMissing'
  | 'endorsementMissing';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Absolute link into the app, in the recipient's language. */
export function appLink(locale: AppLocale, path: string): string {
  return new URL(`/${locale}${path}`, getEnv().NEXTAUTH_URL).toString();
}

/**
 * One e-mail about an application, written from messages `email.application.<kind>` in the
 * recipient's language. Values are plain text; the HTML part escapes them.
 */
export async function queueApplicationEmail(opts: {
  to: string;
  locale: AppLocale;
  kind: ApplicationMailKind;
  values: Record<string, string>;
  link: string;
  dedupeKey?: string;
}): Promise<void> {
  const t = translatorFor(opts.locale);
  const values = { ...opts.values, link: opts.link };
  const subject = t(`email.application.${opts.kind}.subject`, values);
  const body = t(`email.application.${opts.kind}.body`, values);
  const button = t('email.application.open');
  const footer = t('email.application.footer');
  const text = `${body}\n\n${opts.link}\n\n${footer}`;
  const paragraphs = body.split('\n\n').map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const html =
    paragraphs.join('') +
    `<p><a href="${escapeHtml(opts.link)}">${escapeHtml(button)}</a></p>` +
    `<p style="color:#555">${escapeHtml(footer)}</p>`;
  await queueEmail({
    to: opts.to,
    locale: opts.locale,
    kind: `application.${opts.kind}`,
    subject,
    text,
    html,
    dedupeKey: opts.dedupeKey,
  });
}
