import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { StageSequence } from '@/components/programme/stage-sequence';
import { buttonClasses } from '@/components/ui/button';
import type { AppLocale } from '@/i18n/routing';

export default async function HomePage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  return (
    <>
      <section className="rounded-xl bg-brand-900 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold md:text-4xl">{t('title')}</h1>
        <p className="mt-4 max-w-3xl text-lg">{t('lead')}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/call" className={buttonClasses('secondary')}>
            {t('readCall')}
          </Link>
          <Link href="/dashboard" className={buttonClasses('secondary')}>
            {t('followProgress')}
          </Link>
        </div>
      </section>
      <section className="mt-10" aria-labelledby="booster-heading">
        <h2 id="booster-heading" className="text-2xl font-bold">
          {t('boosterTitle')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('boosterBody')}</p>
        <StageSequence />
      </section>
      <section className="mt-10 grid gap-6 md:grid-cols-3" aria-label={t('audiencesLabel')}>
        {(['applicants', 'officials', 'coordinators'] as const).map((who) => (
          <div key={who} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-bold">{t(`${who}.title`)}</h2>
            <p className="mt-2 text-sm text-muted">{t(`${who}.body`)}</p>
          </div>
        ))}
      </section>
    </>
  );
}
