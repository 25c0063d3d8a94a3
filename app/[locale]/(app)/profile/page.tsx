import { getTranslations } from 'next-intl/server';
import { openSignedInPage } from '@/server/page-auth';
import { getCityName } from '@/server/queries/cities';
import { ProfileForm } from '@/components/profile/profile-form';
import { OfficialRequest } from '@/components/profile/official-request';
import { timeZoneOptions } from '@/lib/time-zones';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('profile.title');

export default async function ProfilePage({ params }: Props) {
  const { locale, user } = await openSignedInPage(params, '/profile');
  const t = await getTranslations('profile');
  const cityName = user.officialCityId ? await getCityName(user.officialCityId, locale) : null;
  return (
    <ClientMessages entry="app/[locale]/(app)/profile/page.tsx">
      <div className="grid gap-10">
        <section>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 mb-6 text-muted">{t('signedInAs', { email: user.email })}</p>
          <ProfileForm
            initial={{ name: user.name ?? '', locale: user.locale, timeZone: user.timeZone ?? '' }}
            timeZones={timeZoneOptions(user.timeZone)}
          />
        </section>
        {user.role !== 'COORDINATOR' && (
          <Section headingId="official-heading" title={t('officialTitle')}>
            {cityName && (
              <p className="mt-2" role="status">
                {user.isVerifiedOfficial
                  ? t('officialVerified', { city: cityName })
                  : t('officialPending', { city: cityName })}
              </p>
            )}
            <p className="mt-2 mb-4 text-muted">{t('officialIntro')}</p>
            <OfficialRequest />
          </Section>
        )}
      </div>
    </ClientMessages>
  );
}
