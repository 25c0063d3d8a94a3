import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t('programme')}</p>
        <Link href="/privacy" className="text-brand-700 underline">
          {t('privacy')}
        </Link>
      </div>
    </footer>
  );
}
