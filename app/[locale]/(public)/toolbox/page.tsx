import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedLibraryFirstPage } from '@/server/cache/library';
import { Library } from '@/components/toolbox/library';
import { pageMetadata } from '@/lib/metadata';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
import type { AppLocale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/client-messages';

// The library without a search: one static page per language, prerendered by the build and kept until an
// author changes the library (server/cache/library.ts), at most a minute (the build may have had no database).
// A search at this address is served by ./search (proxy.ts).
export const revalidate = 60;

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'toolbox' });
  return pageMetadata({ locale, path: '/toolbox', title: t('metaTitle'), description: t('metaDescription') });
}

export default async function ToolboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const results = await cachedLibraryFirstPage(locale);
  return (
    <ClientMessages entry="app/[locale]/(public)/toolbox/page.tsx">
      <Library search={parseToolboxSearch({})} results={results} />
    </ClientMessages>
  );
}
