import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getNewEditionDefaults } from '@/server/queries/calls';
import { EditionForm } from '@/components/editions/edition-form';
import { timeZoneOptions } from '@/lib/time-zones';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { PageHeader } from '@/components/ui/page-header';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('editions.newTitle');

export default async function NewEditionPage({ params }: Props) {
  await openPermittedPage(params, '/coordinator/editions/new', 'call:manage');
  const t = await getTranslations('editions');
  const initial = await getNewEditionDefaults();
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/editions/new/page.tsx">
      <div className="grid gap-6">
        <PageHeader back={{ href: '/coordinator/editions', label: t('back') }} title={t('newTitle')} />
        <p className="max-w-3xl text-muted">{t('newIntro')}</p>
        <EditionForm mode="create" initial={initial} timeZones={timeZoneOptions(initial.deadlineTimeZone)} />
      </div>
    </ClientMessages>
  );
}
