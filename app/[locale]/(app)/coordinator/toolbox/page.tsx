import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import { listMaterialsForAuthors } from '@/server/queries/materials';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('toolboxAdmin.title');

export default async function ToolboxAuthoringPage({ params }: Props) {
  const { locale, user } = await openPermittedPage(params, '/coordinator/toolbox', 'material:author');
  const t = await getTranslations('toolboxAdmin');
  const tt = await getTranslations('toolbox');
  const materials = await listMaterialsForAuthors(locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={t('title')} create={{ href: '/coordinator/toolbox/new', label: t('newMaterial') }} />
      <DataTable
        headers={[t('titleField'), t('kind'), t('status'), tt('languagesShort'), t('updated')]}
        caption={t('title')}
      >
        {materials.map((m) => (
          <tr key={m.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link
                href={`/coordinator/toolbox/${m.id}`}
                className="font-bold text-brand-700 underline"
                lang={m.locale}
              >
                {m.title}
              </Link>
            </td>
            <td className="p-2">{tt(`kind.${m.kind}`)}</td>
            <td className="p-2">{t(`statusValue.${m.status}`)}</td>
            <td className="p-2">{m.locales.map((l) => l.toUpperCase()).join(' · ')}</td>
            <td className="p-2">
              {formatInstant(m.updatedAt, locale, { recordZone: null, viewerZone: user.timeZone }, DATE_STYLE.day)}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
