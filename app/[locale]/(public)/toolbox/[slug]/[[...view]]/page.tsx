import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedMaterialPage } from '@/server/cache/library';
import { MaterialArticle } from '@/components/toolbox/material-article';
import { AuthorEditLink } from '@/components/toolbox/author-edit-link';
import { parseMaterialView, pickVersion } from '@/lib/toolbox/materials';
import type { AppLocale } from '@/i18n/routing';

// Prerendered on its first request and kept until an author changes the library (server/cache/library.ts);
// nothing here reads the request, so every reader gets the same page.
export const revalidate = 60;

type Props = { params: Promise<{ locale: AppLocale; slug: string; view?: string[] }> };

export function generateStaticParams() {
  // None at build time (the build needs no database): each page is made on its first request.
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug, view: segments } = await params;
  const view = parseMaterialView(segments);
  const material = view && (await cachedMaterialPage(slug, locale).catch(() => null));
  if (!view || !material) return {};
  const chosen = material.versions.find((v) => v.locale === view.lang);
  const shown = chosen ?? pickVersion(material.versions, locale, material.originalLocale)?.version;
  return shown ? { title: shown.title, description: shown.summary } : {};
}

export default async function MaterialPage({ params }: Props) {
  const { locale, slug, view: segments } = await params;
  setRequestLocale(locale);
  const view = parseMaterialView(segments);
  const material = view && (await cachedMaterialPage(slug, locale));
  if (!view || !material) notFound();
  const t = await getTranslations('toolbox');
  return (
    <MaterialArticle
      material={material}
      locale={locale}
      view={view}
      base={`/toolbox/${material.slug}`}
      printBase={`/toolbox/${material.slug}/print`}
      editLink={<AuthorEditLink materialId={material.id} label={t('editMaterial')} />}
    />
  );
}
