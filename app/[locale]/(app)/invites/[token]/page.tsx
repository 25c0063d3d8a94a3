import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { openSignedInPage } from '@/server/page-auth';
import { viewInvite } from '@/server/services/application-people';
import { AcceptInvite } from '@/components/applications/accept-invite';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; token: string }> };

export const generateMetadata = titleMetadata('application.invite.pageTitle', { robots: { index: false } });

export default async function InvitePage({ params }: Props) {
  const { locale, token, user } = await openSignedInPage(params, (p) => `/invites/${p.token}`);
  const t = await getTranslations('application.invite');
  const invite = await viewInvite(user, token, locale);
  if (invite.state === 'invalid') {
    return (
      <section>
        <h1 className="text-2xl font-bold">{t('pageTitle')}</h1>
        <p className="mt-3">{t('invalid')}</p>
      </section>
    );
  }
  const kind = invite.kind === 'PARTNER' ? 'partner' : 'official';
  return (
    <ClientMessages entry="app/[locale]/(app)/invites/[token]/page.tsx">
      <section className="max-w-2xl">
        <h1 className="text-2xl font-bold">{t(`${kind}Heading`, { a: invite.cityA, b: invite.cityB })}</h1>
        <p className="mt-3">{t(`${kind}Explain`, { inviter: invite.inviter, a: invite.cityA, b: invite.cityB })}</p>
        <div className="mt-6">
          {invite.state === 'accepted-by-you' ? (
            <Link className="text-brand-700 underline" href={`/${locale}/applications/${invite.applicationId}`}>
              {t('open')}
            </Link>
          ) : (
            <AcceptInvite token={token} label={t('accept')} />
          )}
        </div>
      </section>
    </ClientMessages>
  );
}
