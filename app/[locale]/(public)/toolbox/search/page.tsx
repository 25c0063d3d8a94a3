import { getTranslations, setRequestLocale } from 'next-intl/server';
import { findMaterials } from '@/server/queries/materials';
import { Library } from '@/components/toolbox/library';
import { pageMetadata } from '@/lib/metadata';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
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

/** A search of the library or a filtered list, rendered per request (also at `/toolbox?q=…`, proxy.ts). */
export default async function ToolboxSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = parseToolboxSearch(await searchParams);
  const results = await findMaterials(search, locale);
  return (
    <ClientMessages entry="app/[locale]/(public)/toolbox/search/page.tsx">
      <Library search={search} results={results} />
    </ClientMessages>
  );
}
