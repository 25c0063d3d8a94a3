import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClasses } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
};

export const generateMetadata = titleMetadata('signIn.confirmTitle', { robots: { index: false } });

/**
 * The e-mail's link lands here. Opening it spends nothing (mail scanners open links);
 * the button submits the token to next-auth's callback, which signs the person in.
 */
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, email, callbackUrl } = await searchParams;
  const t = await getTranslations('signIn');
  if (!token || !email) {
    return (
      <section className="mx-auto max-w-md">
        <h1 className="text-2xl font-bold">{t('confirmTitle')}</h1>
        <p className="mt-3">{t('linkBroken')}</p>
        <Link href="/signin" className={buttonClasses('primary', 'mt-4')}>
          {t('requestNew')}
        </Link>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">{t('confirmTitle')}</h1>
      <p className="mt-3">{t('confirmBody', { email })}</p>
      <form method="get" action="/api/auth/callback/email" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <button type="submit" className={buttonClasses('primary')}>
          {t('confirmButton')}
        </button>
      </form>
      <p className="mt-6 text-sm text-muted">
        {t('notYou')}{' '}
        <Link href="/signin" className="text-brand-700 underline">
          {t('requestNew')}
        </Link>
      </p>
    </section>
  );
}
