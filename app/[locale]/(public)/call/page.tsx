import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentCall, getNextCall, listPublishedCalls } from '@/server/queries/calls';
import { CallView } from '@/components/call/call-view';
import { pageMetadata } from '@/lib/metadata';
import type { AppLocale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/client-messages';

// Static and refreshed every minute (editing an edition refreshes it at once). Whether the call is
// still open is decided again in the browser by the countdown island, to the second.
export const revalidate = 60;
export const dynamicParams = false;

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'call' });
  const call = await getCurrentCall(locale).catch(() => null);
  return pageMetadata({
    locale,
    path: '/call',
    title: call?.text?.title ?? t('title'),
    description: call?.text?.summary ?? t('noEdition'),
  });
}

export default async function CallPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('call');
  const renderedAt = new Date();
  // The build may run without a database; the page then says there is no call and revalidates.
  const call = await getCurrentCall(locale, renderedAt).catch(() => null);
  if (!call) {
    return (
      <section>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2">{t('noEdition')}</p>
      </section>
    );
  }
  const [next, editions] = await Promise.all([getNextCall(call, locale, renderedAt), listPublishedCalls(locale)]);
  return (
    <ClientMessages entry="app/[locale]/(public)/call/page.tsx">
      <CallView call={call} next={next} editions={editions} renderedAt={renderedAt} />
    </ClientMessages>
  );
}
