import { getFormatter, getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { listCallsWithCounts } from '@/server/queries/calls';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { DataTable } from '@/components/ui/data-table';
import { LinkList } from '@/components/ui/link-list';
import { DATE_STYLE } from '@/lib/time/format';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('coordinator.title');

export default async function CoordinatorHome({ params }: Props) {
  const { locale } = await openPermittedPage(params, '/coordinator', 'coordinator:access');
  const t = await getTranslations('coordinator');
  const ts = await getTranslations('status');
  const tb = await getTranslations('toolboxAdmin');
  const format = await getFormatter();
  const calls = await listCallsWithCounts(locale);
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Section headingId="editions-heading" title={t('editions')}>
        <DataTable
          headers={[t('edition'), t('status'), t('deadline'), t('applications'), t('pairs')]}
          className="mt-3 w-full border-collapse bg-white text-left text-sm"
        >
          {calls.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <td className="p-2 font-bold">
                <Link href={`/coordinator/editions/${c.id}`} className="text-brand-700 underline">
                  {c.title}
                </Link>
              </td>
              <td className="p-2">{ts(`call.${c.phase}`)}</td>
              <td className="p-2">
                {format.dateTime(c.applicationDeadline, { ...DATE_STYLE.day, timeZone: c.deadlineTimeZone })}
              </td>
              <td className="p-2">{c.applications}</td>
              <td className="p-2">{t('pairsOf', { selected: c.pairs, total: c.pairsToSelect })}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <LinkList
        links={[
          { href: '/coordinator/editions', label: t('manageEditions') },
          { href: '/coordinator/booster', label: t('booster') },
          { href: '/coordinator/toolbox', label: tb('navLink') },
          { href: '/coordinator/people', label: t('managePeople') },
          { href: '/coordinator/conflicts', label: t('conflicts') },
          { href: '/coordinator/outbox', label: t('outbox') },
          { href: '/coordinator/decision-templates', label: t('decisionTemplates') },
        ]}
      />
    </div>
  );
}
