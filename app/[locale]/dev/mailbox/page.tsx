import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isMailboxEnabled } from '@/server/mail';
import { listMailbox } from '@/server/queries/mailbox';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('mailbox.title', { robots: { index: false } });

const LINK_PATTERN = /(https?:\/\/[^\s]+)/g;

/** Demo mode only: the demo people's e-mails, readable without an SMTP server; nobody else's (issue 11). */
export default async function MailboxPage({ params }: Props) {
  if (!isMailboxEnabled()) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('mailbox');
  const ts = await getTranslations('status');
  const mails = await listMailbox();
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-muted">{t('intro')}</p>
      <p className="mt-1 mb-6 text-muted">{t('onlyDemoPeople')}</p>
      {mails.length === 0 && <p>{t('empty')}</p>}
      <ul className="grid gap-4">
        {mails.map((m) => (
          <li key={m.id}>
            <article className="rounded-lg border border-slate-200 bg-white p-4" aria-label={m.subject}>
              <h2 className="font-bold">{m.subject}</h2>
              <p className="text-sm text-muted">
                {t('to', { email: m.toEmail })} ·{' '}
                {formatInstant(m.createdAt, locale, { recordZone: null, viewerZone: null }, DATE_STYLE.moment)} ·{' '}
                {ts(`outbox.${m.status}`)}
              </p>
              <p className="mt-3 whitespace-pre-wrap break-words">
                {m.text.split(LINK_PATTERN).map((part, i) =>
                  LINK_PATTERN.test(part) ? (
                    <a key={i} href={part} className="text-brand-700 underline">
                      {part}
                    </a>
                  ) : (
                    part
                  ),
                )}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
