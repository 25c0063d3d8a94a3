import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getNextCall, getPublishedCall, listPublishedCalls, listPublishedCallSlugs } from '@/server/queries/calls';
import { CallView } from '@/components/call/call-view';
import { pageMetadata } from '@/lib/metadata';
import type { AppLocale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/client-messages';

// Past editions stay readable at their own address; static, refreshed like /call.
export const revalidate = 60;

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export async function generateStaticParams() {
  const slugs = await listPublishedCallSlugs().catch(() => []);
  return slugs.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const call = await getPublishedCall(slug, locale).catch(() => null);
  if (!call?.text) return {};
  return pageMetadata({ locale, path: `/call/${slug}`, title: call.text.title, description: call.text.summary });
}

export default async function EditionCallPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const call = await getPublishedCall(slug, locale);
  if (!call) notFound();
  const renderedAt = new Date();
  const [next, editions] = await Promise.all([getNextCall(call, locale, renderedAt), listPublishedCalls(locale)]);
  return (
    <ClientMessages entry="app/[locale]/(public)/call/[slug]/page.tsx">
      <CallView call={call} next={next} editions={editions} renderedAt={renderedAt} />
    </ClientMessages>
  );
}
