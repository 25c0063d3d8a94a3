import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cachedMaterialPage } from '@/server/cache/library';
import { Markdown } from '@/components/toolbox/markdown';
import { MaterialFacts } from '@/components/toolbox/facts';
import { PrintButton } from '@/components/toolbox/print-button';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { parseMaterialView, pickVersion } from '@/lib/toolbox/materials';
import { buttonClasses } from '@/components/ui/button';

// Static like the material's page (server/cache/library.ts).
export const revalidate = 60;

type Props = { params: Promise<{ locale: AppLocale; slug: string; lang?: string[] }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const material = await cachedMaterialPage(slug, locale).catch(() => null);
  const picked = material && pickVersion(material.versions, locale, material.originalLocale);
  return picked ? { title: picked.version.title, robots: { index: false } } : {};
}

/** A printer-friendly page: the text and its facts, nothing to click (the site's header and footer hide in print). */
export default async function PrintMaterialPage({ params }: Props) {
  const { locale, slug, lang } = await params;
  setRequestLocale(locale);
  // One language at most: /print or /print/<lang>.
  const view = (lang?.length ?? 0) <= 1 ? parseMaterialView(lang) : null;
  const material = view && (await cachedMaterialPage(slug, locale));
  if (!view || !material) notFound();
  const t = await getTranslations('toolbox');
  const version =
    material.versions.find((x) => x.locale === view.lang) ||
    pickVersion(material.versions, locale, material.originalLocale)!.version;
  return (
    <article className="mx-auto grid max-w-3xl gap-4">
      <div className="flex flex-wrap gap-2 print:hidden">
        <PrintButton label={t('printNow')} />
        <a href={`/api/toolbox/${material.slug}/pdf?lang=${version.locale}`} className={buttonClasses('secondary')}>
          {t('pdf')}
        </a>
        <Link href={`/toolbox/${material.slug}${view.lang ? `/${view.lang}` : ''}`} className={buttonClasses('ghost')}>
          {t('backToMaterial')}
        </Link>
      </div>
      <p className="text-sm font-bold uppercase text-brand-700">{t(`kind.${material.kind}`)}</p>
      <h1 className="text-3xl font-bold" lang={version.locale}>
        {version.title}
      </h1>
      <p className="text-lg" lang={version.locale}>
        {version.summary}
      </p>
      <MaterialFacts material={material} />
      <div lang={version.locale}>
        <Markdown>{version.body}</Markdown>
      </div>
    </article>
  );
}
