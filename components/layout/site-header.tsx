import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { LanguageSwitcher } from './language-switcher';
import { UserNav } from './user-nav';
import { HeaderMenu } from './header-menu';
import { LinkList } from '@/components/ui/link-list';

export async function SiteHeader() {
  const t = await getTranslations('nav');
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-900">
          <span
            aria-hidden="true"
            className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-white"
          >
            ⇄
          </span>
          {t('brand')}
        </Link>
        <HeaderMenu openLabel={t('menu')} closeLabel={t('closeMenu')}>
          <nav aria-label={t('main')}>
            <LinkList
              className="flex flex-wrap gap-1 text-sm"
              linkClassName="rounded px-2 py-1 text-brand-700 hover:bg-brand-50"
              links={[
                { href: '/call', label: t('call') },
                { href: '/toolbox', label: t('toolbox') },
              ]}
            />
          </nav>
          <UserNav />
          <LanguageSwitcher />
        </HeaderMenu>
      </div>
    </header>
  );
}
