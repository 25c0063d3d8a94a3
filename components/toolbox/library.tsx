import { getTranslations } from 'next-intl/server';
import type { findMaterials } from '@/server/queries/materials';
import { ToolboxSearchForm } from '@/components/toolbox/search-form';
import { MaterialCard } from '@/components/toolbox/material-card';
import { Pager } from '@/components/ui/pager';
import { libraryHref, type TToolboxSearch } from '@/lib/validation/toolbox';

type Results = Awaited<ReturnType<typeof findMaterials>>;

/** The library: its search form and one page of results (the static first page and every search). */
export async function Library({ search, results }: { search: TToolboxSearch; results: Results }) {
  const t = await getTranslations('toolbox');
  const { items, total, page, pageCount } = results;
  const pageHref = (p: number) => libraryHref({ ...search, page: p });
  return (
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
  );
}
