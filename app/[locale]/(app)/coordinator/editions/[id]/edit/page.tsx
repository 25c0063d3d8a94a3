import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getEditionForEditing } from '@/server/queries/calls';
import { EditionForm } from '@/components/editions/edition-form';
import { EditionStatusActions } from '@/components/editions/edition-status-actions';
import { Link } from '@/i18n/navigation';
import { timeZoneOptions } from '@/lib/time-zones';
import { currentPhase } from '@/lib/editions/phases';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { PageHeader } from '@/components/ui/page-header';
import { DATE_STYLE } from '@/lib/time/format';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('editions.editTitle');

export default async function EditEditionPage({ params }: Props) {
  const { locale, id } = await openPermittedPage(params, (p) => `/coordinator/editions/${p.id}/edit`, 'call:manage');
  const edition = await getEditionForEditing(id);
  if (!edition) notFound();
  const t = await getTranslations('editions');
  const ts = await getTranslations('status');
  const format = await getFormatter();
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { ...DATE_STYLE.moment, timeZone: edition.values.deadlineTimeZone }) : '—';
  const title = edition.values.texts[locale]?.title || edition.slug;
  const now = new Date();
  const phase = currentPhase(edition, now);
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/editions/[id]/edit/page.tsx">
      <div className="grid gap-6">
        <PageHeader back={{ href: '/coordinator/editions', label: t('back') }} title={t('editHeading', { title })} />

        <Section headingId="status-heading" title={t('status.heading')} card>
          <dl className="my-3 grid gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted">{t('columns.status')}</dt>
              <dd className="font-bold">{ts(`call.${phase}`)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t('columns.applications')}</dt>
              <dd className="font-bold">{edition.applications}</dd>
            </div>
            <div>
              <dt className="text-muted">{t('status.openedAt')}</dt>
              <dd className="font-bold">{when(edition.openedAt)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t('status.closedAt')}</dt>
              <dd className="font-bold">{when(edition.closedAt)}</dd>
            </div>
          </dl>
          <p className="mb-3 max-w-3xl text-sm text-muted">{t('status.rule')}</p>
          <EditionStatusActions
            id={id}
            version={edition.values.version}
            phase={phase}
            canReopen={edition.status === 'CLOSED' && edition.applicationDeadline > now}
            applications={edition.applications}
          />
          <p className="mt-3 flex flex-wrap gap-4">
            <Link href={`/coordinator/editions/${id}/preview`} className="text-brand-700 underline">
              {t('preview')}
            </Link>
            {edition.status !== 'DRAFT' && (
              <Link href={`/call/${edition.slug}`} className="text-brand-700 underline">
                {t('publicPage')}
              </Link>
            )}
          </p>
        </Section>

        <EditionForm
          key={edition.values.version}
          mode="edit"
          initial={edition.values}
          timeZones={timeZoneOptions(edition.values.deadlineTimeZone)}
        />
      </div>
    </ClientMessages>
  );
}
