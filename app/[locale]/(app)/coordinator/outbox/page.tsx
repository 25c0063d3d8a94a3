import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listHeldEmails } from '@/server/queries/decisions';
import { discardEmailAction, releaseAllEmailsAction, releaseEmailAction } from '@/server/actions/review';
import { ActionButton } from '@/components/ui/action-button';
import { LOCALE_NAMES } from '@/lib/site';
import type { AppLocale } from '@/i18n/routing';
import { formatInstant } from '@/lib/time/format';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('review.outbox.title');

/** Held e-mails (decisions) wait here for a coordinator to read them before they go out. */
export default async function OutboxPage({ params }: Props) {
  const { locale, user } = await openPermittedPage(params, '/coordinator/outbox', 'outbox:review');
  const mails = await listHeldEmails();
  const t = await getTranslations('review.outbox');
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/outbox/page.tsx">
      <div className="grid gap-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="max-w-prose">{t('intro')}</p>
        <p role="status">{t('count', { count: mails.length })}</p>
        {mails.length > 0 && (
          <div>
            <ActionButton
              action={releaseAllEmailsAction}
              input={{}}
              label={t('releaseAll', { count: mails.length })}
              done={t('releasedAll')}
              variant="primary"
              confirm={t('releaseAllConfirm', { count: mails.length })}
            />
          </div>
        )}
        <ul className="grid gap-4">
          {mails.map((m) => (
            <li key={m.id}>
              <article
                aria-labelledby={`mail-${m.id}`}
                className="rounded-lg border border-slate-200 bg-white p-4"
                lang={m.locale}
              >
                <h2 id={`mail-${m.id}`} className="font-bold">
                  {m.subject}
                </h2>
                <p className="text-sm text-muted" lang={locale}>
                  {t('to', { email: m.toEmail })} · {LOCALE_NAMES[m.locale]} ·{' '}
                  {/* An e-mail has no zone of its own: the viewer's clock, or UTC named until they have one. */}
                  {formatInstant(m.createdAt, locale, { viewerZone: user.timeZone, prefer: 'viewer' })}
                </p>
                <pre className="mt-2 whitespace-pre-wrap font-sans text-sm">{m.text}</pre>
                <div className="mt-3 flex gap-2" lang={locale}>
                  <ActionButton
                    action={releaseEmailAction}
                    input={{ emailId: m.id }}
                    label={t('release', { email: m.toEmail })}
                    done={t('released')}
                    variant="primary"
                  />
                  <ActionButton
                    action={discardEmailAction}
                    input={{ emailId: m.id }}
                    label={t('discard', { email: m.toEmail })}
                    done={t('discarded')}
                    variant="danger"
                    confirm={t('discardConfirm')}
                  />
                </div>
              </article>
            </li>
          ))}
        </ul>
      </div>
    </ClientMessages>
  );
}
