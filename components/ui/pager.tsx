import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

type Props = {
  page: number;
  pages: number;
  /** The address of page `p`, keeping the list's filters. */
  href: (p: number) => string;
  className?: string;
};

/** Previous and next links around "Page 2 of 7" for a long list; nothing when it fits on one page. */
export function Pager({ page, pages, href, className = '' }: Props) {
  const t = useTranslations('pager');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('label')} className={`flex flex-wrap items-center gap-4 ${className}`}>
      {page > 1 && (
        <Link href={href(page - 1)} className="text-brand-700 underline" rel="prev">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className="text-brand-700 underline" rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
