import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageMetadata } from '@/lib/metadata';
import type { AppLocale } from '@/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return pageMetadata({ locale, path: '/privacy', title: t('title'), description: t('intro') });
}

const SECTIONS = ['what', 'why', 'who', 'howLong', 'rights'] as const;

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy');
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3">{t('intro')}</p>
      {SECTIONS.map((s) => (
        <section key={s} className="mt-6">
          <h2 className="text-lg font-bold">{t(`${s}.title`)}</h2>
          <p className="mt-2">{t(`${s}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
