import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listMyConflicts, listOrganisationOptions } from '@/server/queries/review-conflicts';
import { removeConflictAction } from '@/server/actions/review';
import { ConflictForm } from '@/components/review/conflict-form';
import { ActionButton } from '@/components/ui/action-button';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('review.conflicts.title');

export default async function ConflictsPage({ params }: Props) {
  const { locale, user } = await openPermittedPage(params, '/coordinator/conflicts', 'application:review');
  const [conflicts, organisations] = await Promise.all([
    listMyConflicts(user, locale),
    listOrganisationOptions(locale),
  ]);
  const t = await getTranslations('review');
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/conflicts/page.tsx">
      <div className="grid gap-6">
        <h1 className="text-2xl font-bold">{t('conflicts.title')}</h1>
        <p className="max-w-prose">{t('conflicts.intro')}</p>
        <Section headingId="declared-heading" title={t('conflicts.declaredTitle')}>
          {conflicts.length === 0 ? (
            <p className="mt-2 text-muted">{t('conflicts.none')}</p>
          ) : (
            <ul className="mt-2 grid gap-2">
              {conflicts.map((c) => {
                const what = c.city ?? c.organisation ?? (c.country ? t(`countries.${c.country}`) : '—');
                return (
                  <li
                    key={c.id}
                    className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 bg-white p-3"
                  >
                    <span>
                      {what}
                      {c.note && <span className="text-sm text-muted"> · {c.note}</span>}
                    </span>
                    <ActionButton
                      action={removeConflictAction}
                      input={{ conflictId: c.id }}
                      label={t('conflicts.remove', { what })}
                      done={t('conflicts.removed')}
                      variant="ghost"
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </Section>
        <Section
          headingId="declare-heading"
          title={t('conflicts.declareTitle')}
          headingClassName="mb-2 text-xl font-bold"
        >
          <ConflictForm organisations={organisations} />
        </Section>
      </div>
    </ClientMessages>
  );
}
