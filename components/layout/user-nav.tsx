'use client';

import { signOut, useSession } from './session';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { can } from '@/lib/permissions';

const LINK = 'rounded px-2 py-1 text-brand-700 hover:bg-brand-50';

/**
 * The role-aware part of the navigation is a client island, so the public pages
 * around it stay static (STACK.md: a layout that reads the session makes every page dynamic).
 */
export function UserNav() {
  const t = useTranslations('nav');
  const locale = useLocale();
  const { data: session, status } = useSession();
  const user = session?.user;

  if (status === 'loading') return <span className="text-sm text-muted">…</span>;
  return (
    <ul className="flex flex-wrap items-center gap-1 text-sm">
      {session?.demo && (
        <li>
          <Link href="/dev/mailbox" className={LINK}>
            {t('mailbox')}
          </Link>
        </li>
      )}
      {!user && (
        <li>
          <Link href="/signin" className={LINK}>
            {t('signIn')}
          </Link>
        </li>
      )}
      {user && (
        <>
          <li>
            <Link href="/dashboard" className={LINK}>
              {t('dashboard')}
            </Link>
          </li>
          {can(user, 'coordinator:access') && (
            <li>
              <Link href="/coordinator" className={LINK}>
                {t('coordinator')}
              </Link>
            </li>
          )}
          {can(user, 'people:manage') && (
            <li>
              <Link href="/coordinator/people" className={LINK}>
                {t('people')}
              </Link>
            </li>
          )}
          <li>
            <Link href="/profile" className={LINK} title={user.email}>
              {t('profile')}
            </Link>
          </li>
          <li>
            <button type="button" className={LINK} onClick={() => signOut(`/${locale}`)}>
              {t('signOut')}
            </button>
          </li>
        </>
      )}
    </ul>
  );
}
