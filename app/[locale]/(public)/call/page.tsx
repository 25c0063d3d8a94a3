import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { getCurrentCall } from '@/server/queries/calls';
import { StageSequence } from '@/components/programme/stage-sequence';
import { pageMetadata } from '@/lib/metadata';
import type { AppLocale } from '@/i18n/routing';

// Static, refreshed every five minutes: the link people share must be fast.
export const revalidate = 300;
export const dynamicParams = false;

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'call' });
  const call = await getCurrentCall(locale).catch(() => null);
  return pageMetadata({ locale, path: '/call', title: call?.text?.title ?? t('title'), description: call?.text?.summary ?? t('title') });
}

export default async function CallPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('call');
  const format = await getFormatter();
  const call = await getCurrentCall(locale).catch(() => null);
  if (!call || !call.text) {
    return (
      <section>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2">{t('noEdition')}</p>
      </section>
    );
  }
  const dateOnly = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article className="grid gap-6">
      <header>
        <h1 className="text-3xl font-bold">{call.text.title}</h1>
        <p className="mt-3 max-w-3xl text-lg">{call.text.summary}</p>
      </header>
      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">{t('deadline')}</dt>
          <dd className="font-bold">{format.dateTime(call.applicationDeadline, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' })}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('window')}</dt>
          <dd className="font-bold">
            {dateOnly(call.windowStart)} – {dateOnly(call.windowEnd)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('pairs')}</dt>
          <dd className="font-bold">{t('pairsCount', { count: call.pairsToSelect })}</dd>
        </div>
      </dl>
      <p className="max-w-3xl">{call.text.body}</p>
      <StageSequence />
      <p>
        {t('contact')}{' '}
        <a className="text-brand-700 underline" href={`mailto:${call.contactEmail}`}>
          {call.contactEmail}
        </a>
      </p>
    </article>
  );
}
