import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { DemoSignIn } from '@/components/auth/demo-sign-in';
import { isDemoMode } from '@/server/env';
import { listDemoUsers } from '@/server/queries/users';
import { pageMetadata } from '@/lib/metadata';
import type { AppLocale } from '@/i18n/routing';
import { ClientMessages } from '@/components/i18n/client-messages';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'signIn' });
  return {
    ...pageMetadata({ locale, path: '/signin', title: t('title'), description: t('intro') }),
    robots: { index: false },
  };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations('signIn');
  const demoUsers = isDemoMode() ? await listDemoUsers() : [];
  // Only same-site paths come back; anything else falls back to the dashboard.
  const callbackPath = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : undefined;
  return (
    <ClientMessages entry="app/[locale]/(auth)/signin/page.tsx">
      <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2">
        <section>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-2 mb-6 text-muted">{t('intro')}</p>
          {error && (
            <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 font-bold text-red-800">
              {error === 'Verification' ? t('linkExpired') : t('failed')}
            </p>
          )}
          <SignInForm callbackPath={callbackPath} />
        </section>
        {demoUsers.length > 0 && <DemoSignIn users={demoUsers} locale={locale} />}
      </div>
    </ClientMessages>
  );
}
