import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { MaterialForm } from '@/components/toolbox/material-form';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('toolboxAdmin.newMaterial');

const EMPTY = { title: '', summary: '', body: '' };

export default async function NewMaterialPage({ params }: Props) {
  const { locale } = await openPermittedPage(params, '/coordinator/toolbox/new', 'material:author');
  const t = await getTranslations('toolboxAdmin');
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/toolbox/new/page.tsx">
      <div className="grid gap-6">
        <Link href="/coordinator/toolbox" className="text-sm text-brand-700 underline">
          {t('backToList')}
        </Link>
        <h1 className="text-2xl font-bold">{t('newMaterial')}</h1>
        <MaterialForm
          initial={{
            slug: '',
            kind: 'METHOD_CARD',
            originalLocale: locale,
            stages: [],
            topics: [],
            versions: { en: EMPTY, de: EMPTY, ru: EMPTY, uk: EMPTY },
          }}
        />
      </div>
    </ClientMessages>
  );
}
