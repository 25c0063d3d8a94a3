import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getNewEditionDefaults } from '@/server/queries/calls';
import { EditionForm } from '@/components/editions/edition-form';
import { Link } from '@/i18n/navigation';
import { timeZoneOptions } from '@/lib/time-zones';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('editions.newTitle');

export default async function NewEditionPage({ params }: Props) {
  await openPermittedPage(params, '/coordinator/editions/new', 'call:manage');
  const t = await getTranslations('editions');
  const initial = await getNewEditionDefaults();
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/coordinator/editions" className="text-brand-700 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <p className="max-w-3xl text-muted">{t('newIntro')}</p>
      <EditionForm mode="create" initial={initial} timeZones={timeZoneOptions(initial.deadlineTimeZone)} />
    </div>
  );
}
