import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentUser } from '@/server/auth';
import { getMaterialPage } from '@/server/queries/materials';
import { Markdown } from '@/components/toolbox/markdown';
import { MaterialFacts } from '@/components/toolbox/facts';
import { PrintButton } from '@/components/toolbox/print-button';
import { Link } from '@/i18n/navigation';
import { isLocale, type AppLocale } from '@/i18n/routing';
import { pickVersion } from '@/lib/toolbox/materials';
import { buttonClasses } from '@/components/ui/button';

type Props = { params: Promise<{ locale: AppLocale; slug: string }>; searchParams: Promise<{ v?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const material = await getMaterialPage(slug, locale, null).catch(() => null);
  const picked = material && pickVersion(material.versions, locale, material.originalLocale);
  return picked ? { title: picked.version.title, robots: { index: false } } : {};
}

/** A printer-friendly page: the text and its facts, nothing to click (the site's header and footer hide in print). */
export default async function PrintMaterialPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const { v } = await searchParams;
  const material = await getMaterialPage(slug, locale, await getCurrentUser());
  if (!material) notFound();
  const t = await getTranslations('toolbox');
  const version =
    (isLocale(v) && material.versions.find((x) => x.locale === v)) ||
    pickVersion(material.versions, locale, material.originalLocale)!.version;
  return (
    <article className="mx-auto grid max-w-3xl gap-4">
      <div className="flex flex-wrap gap-2 print:hidden">
        <PrintButton label={t('printNow')} />
        <a href={`/api/toolbox/${material.slug}/pdf?lang=${version.locale}`} className={buttonClasses('secondary')}>
          {t('pdf')}
        </a>
        <Link href={`/toolbox/${material.slug}`} className={buttonClasses('ghost')}>
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
