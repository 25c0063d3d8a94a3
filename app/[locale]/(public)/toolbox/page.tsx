import { getTranslations, setRequestLocale } from 'next-intl/server';
import { findMaterials } from '@/server/queries/materials';
import { ToolboxSearchForm } from '@/components/toolbox/search-form';
import { MaterialCard } from '@/components/toolbox/material-card';
import { pageMetadata } from '@/lib/metadata';
import { Pager } from '@/components/ui/pager';
import { parseToolboxSearch, toolboxSearchQuery } from '@/lib/validation/toolbox';
import type { AppLocale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'toolbox' });
  return pageMetadata({ locale, path: '/toolbox', title: t('metaTitle'), description: t('metaDescription') });
}

export default async function ToolboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('toolbox');
  const search = parseToolboxSearch(await searchParams);
  const { items, total, page, pageCount } = await findMaterials(search, locale);
  const pageHref = (p: number) => `/toolbox${toolboxSearchQuery({ ...search, page: p })}`;
  return (
    <ClientMessages entry="app/[locale]/(public)/toolbox/page.tsx">
      <div className="grid gap-6">
        <header>
          <h1 className="text-3xl font-bold">{t('title')}</h1>
          <p className="mt-2 max-w-3xl text-lg">{t('lead')}</p>
        </header>
        <ToolboxSearchForm search={search} />
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-xl font-bold" aria-live="polite">
            {search.q ? t('resultsFor', { count: total, q: search.q }) : t('results', { count: total })}
          </h2>
          {items.length === 0 ? (
            <p className="mt-3">{t('noResults')}</p>
          ) : (
            <ul className="mt-3 grid gap-3 md:grid-cols-2">
              {items.map((m) => (
                <li key={m.id}>
                  <MaterialCard material={m} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} pages={pageCount} href={pageHref} className="mt-6" />
        </section>
      </div>
    </ClientMessages>
  );
}
