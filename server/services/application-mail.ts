import 'server-only';
import type { Tx } from '../db';
import { getEnv } from '../env';
import { queueEmail } from '../mail';
import { composeEmail, type MailValue } from '../mail-compose';
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

/** Absolute link into the app, in the recipient's language. */
export function appLink(locale: AppLocale, path: string): string {
  return new URL(`/${locale}${path}`, getEnv().NEXTAUTH_URL).toString();
}

/**
 * One e-mail about an application, written from messages `email.application.<kind>` in the
 * recipient's language, queued in the caller's transaction. Dates among the values need `timeZone`
 * (the edition's deadline zone).
 */
export async function queueApplicationEmail(
  tx: Tx,
  opts: {
    to: string;
    locale: AppLocale;
    kind: ApplicationMailKind;
    values: Record<string, MailValue>;
    link: string;
    timeZone?: string;
    dedupeKey?: string;
  },
): Promise<void> {
  const mail = composeEmail({
    key: `email.application.${opts.kind}`,
    locale: opts.locale,
    values: { ...opts.values, link: opts.link },
    timeZone: opts.timeZone,
    action: { url: opts.link, label: 'email.application.open' },
    footer: 'email.application.footer',
  });
  await queueEmail(tx, {
    to: opts.to,
    locale: opts.locale,
    kind: `application.${opts.kind}`,
    ...mail,
    dedupeKey: opts.dedupeKey,
  });
}
