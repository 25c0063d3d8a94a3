import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getMaterialForEdit } from '@/server/queries/materials';
import { publishMaterialAction, unpublishMaterialAction } from '@/server/actions/materials';
import { MaterialForm } from '@/components/toolbox/material-form';
import { AttachmentsManager } from '@/components/toolbox/attachments-manager';
import { ActionButton } from '@/components/ui/action-button';
import { Link } from '@/i18n/navigation';
import { locales, type AppLocale } from '@/i18n/routing';
import { pickVersion } from '@/lib/toolbox/materials';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('toolboxAdmin.editTitle');

export default async function EditMaterialPage({ params }: Props) {
  const { locale, id } = await openPermittedPage(params, (p) => `/coordinator/toolbox/${p.id}`, 'material:author');
  const material = await getMaterialForEdit(id.slice(0, 64));
  if (!material) notFound();
  const t = await getTranslations('toolboxAdmin');
  const title = pickVersion(material.versions, locale, material.originalLocale)?.version.title ?? material.slug;
  const version = (l: AppLocale) => {
    const v = material.versions.find((x) => x.locale === l);
    return { title: v?.title ?? '', summary: v?.summary ?? '', body: v?.body ?? '' };
  };
  const isPublished = material.status === 'PUBLISHED';
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/toolbox/[id]/page.tsx">
      <div className="grid gap-6">
        <Link href="/coordinator/toolbox" className="text-sm text-brand-700 underline">
          {t('backToList')}
        </Link>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t('editHeading', { title })}</h1>
          <p className="font-bold">
            {t('status')}: {t(`statusValue.${material.status}`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {isPublished ? (
            <ActionButton
              action={unpublishMaterialAction}
              input={{ id: material.id }}
              label={t('unpublish')}
              done={t('unpublished')}
              variant="danger"
              confirm={t('unpublishConfirm')}
            />
          ) : (
            <ActionButton
              action={publishMaterialAction}
              input={{ id: material.id }}
              label={t('publish')}
              done={t('published')}
              variant="primary"
            />
          )}
          <Link
            href={isPublished ? `/toolbox/${material.slug}` : `/coordinator/toolbox/${material.id}/preview`}
            className="inline-flex items-center px-2 text-brand-700 underline"
          >
            {isPublished ? t('viewPublic') : t('viewDraft')}
          </Link>
        </div>
        <MaterialForm
          key={material.updatedAt.toISOString()}
          initial={{
            id: material.id,
            slug: material.slug,
            kind: material.kind,
            originalLocale: material.originalLocale,
            stages: material.stages,
            topics: material.topics as never,
            durationMinutes: material.durationMinutes ?? undefined,
            groupSizeMin: material.groupSizeMin ?? undefined,
            groupSizeMax: material.groupSizeMax ?? undefined,
            versions: Object.fromEntries(locales.map((l) => [l, version(l)])) as never,
          }}
        />
        <AttachmentsManager materialId={material.id} attachments={material.attachments} />
      </div>
    </ClientMessages>
  );
}
