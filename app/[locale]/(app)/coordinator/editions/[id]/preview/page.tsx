import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getCallForPreview, getNextCall, listPublishedCalls } from '@/server/queries/calls';
import { CallView } from '@/components/call/call-view';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('editions.preview');

/** The call page of any edition, drafts included, as the public will see it once it is open. */
export default async function EditionPreviewPage({ params }: Props) {
  const { locale, id } = await openPermittedPage(params, (p) => `/coordinator/editions/${p.id}/preview`, 'call:manage');
  const call = await getCallForPreview(id, locale);
  if (!call) notFound();
  const t = await getTranslations('editions');
  const renderedAt = new Date();
  const [next, editions] = await Promise.all([getNextCall(call, locale, renderedAt), listPublishedCalls(locale)]);
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/editions/[id]/preview/page.tsx">
      <div className="grid gap-6">
        <p role="note" className="rounded-md border-2 border-accent-500 bg-amber-50 p-4 font-bold">
          {t('previewBanner')}{' '}
          <Link href={`/coordinator/editions/${id}/edit`} className="text-brand-700 underline">
            {t('back')}
          </Link>
        </p>
        <CallView call={call} next={next} editions={editions} renderedAt={renderedAt} />
      </div>
    </ClientMessages>
  );
}
