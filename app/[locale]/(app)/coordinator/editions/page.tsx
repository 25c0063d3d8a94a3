import { getFormatter, getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listCallsWithCounts } from '@/server/queries/calls';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { DATE_STYLE } from '@/lib/time/format';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('editions.title');

export default async function EditionsPage({ params }: Props) {
  const { locale } = await openPermittedPage(params, '/coordinator/editions', 'call:manage');
  const t = await getTranslations('editions');
  const ts = await getTranslations('status');
  const format = await getFormatter();
  const calls = await listCallsWithCounts(locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={t('title')} create={{ href: '/coordinator/editions/new', label: t('new') }} />
      <p className="max-w-3xl text-muted">{t('intro')}</p>
      <DataTable
        headers={[
          t('columns.edition'),
          t('columns.status'),
          t('columns.deadline'),
          t('columns.applications'),
          t('columns.pairs'),
        ]}
      >
        {calls.map((c) => (
          <tr key={c.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/coordinator/editions/${c.id}/edit`} className="font-bold text-brand-700 underline">
                {c.title}
              </Link>
              <br />
              <span className="text-muted">/{c.slug}</span>
            </td>
            <td className="p-2">{ts(`call.${c.phase}`)}</td>
            <td className="p-2">
              {format.dateTime(c.applicationDeadline, { ...DATE_STYLE.moment, timeZone: c.deadlineTimeZone })}
              <br />
              <span className="text-muted">{c.deadlineTimeZone}</span>
            </td>
            <td className="p-2">{c.applications}</td>
            <td className="p-2">{c.pairsToSelect}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
