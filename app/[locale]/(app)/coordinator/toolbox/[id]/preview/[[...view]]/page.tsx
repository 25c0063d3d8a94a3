import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getMaterialPreview, getMaterialUsage } from '@/server/queries/materials';
import { MaterialArticle } from '@/components/toolbox/material-article';
import { MaterialUsageList } from '@/components/toolbox/material-usage';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { parseMaterialView } from '@/lib/toolbox/materials';
import { titleMetadata } from '@/i18n/title-metadata';

type Props = { params: Promise<{ locale: AppLocale; id: string; view?: string[] }> };

export const generateMetadata = titleMetadata('toolboxAdmin.previewTitle');

/**
 * A material as its readers will see it, drafts included, for authors: the public page is prerendered
 * for everyone and shows published materials only. Here the usage also names the pairs that used it.
 */
export default async function MaterialPreviewPage({ params }: Props) {
  const {
    locale,
    id,
    view: segments,
    user,
  } = await openPermittedPage(
    params,
    (p) => `/coordinator/toolbox/${p.id}/preview${p.view?.length ? `/${p.view.join('/')}` : ''}`,
    'material:author',
  );
  const view = parseMaterialView(segments);
  const material = view && (await getMaterialPreview(id.slice(0, 64), locale, user));
  if (!view || !material) notFound();
  const [t, usage] = await Promise.all([getTranslations('toolboxAdmin'), getMaterialUsage(material.id, locale, user)]);
  return (
    <MaterialArticle
      material={material}
      locale={locale}
      view={view}
      base={`/coordinator/toolbox/${material.id}/preview`}
      usage={<MaterialUsageList usage={usage} />}
      editLink={
        <Link href={`/coordinator/toolbox/${material.id}`} className="text-sm text-brand-700 underline">
          {t('backToEdit')}
        </Link>
      }
    />
  );
}
