'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';

/** The sign-in page for this language, coming back to `returnTo` (a same-site path) afterwards. */
export function signInAgainHref(locale: string, returnTo: string): string {
  return `/${locale}/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/**
 * For any form whose action answered UNAUTHENTICATED: the session has ended, and a link signs the
 * person in again and brings them back to `returnTo`. `children` says what happened to their input.
 */
export function SessionEndedNotice({ returnTo, children }: { returnTo: string; children?: ReactNode }) {
  const t = useTranslations('errors');
  const locale = useLocale();
  return (
    <div role="alert" className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4">
      <p className="font-bold text-red-800">{t('unauthenticated')}</p>
      {children && <p className="mt-1">{children}</p>}
      <p className="mt-2">
        <Link className="font-bold text-brand-700 underline" href={signInAgainHref(locale, returnTo)}>
          {t('signInAgain')}
        </Link>
      </p>
    </div>
  );
}
