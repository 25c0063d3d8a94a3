import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openSignedInPage } from '@/server/page-auth';
import { getOpenCallForApplying } from '@/server/queries/calls';
import { findOwnApplication } from '@/server/queries/applications';
import { toDraft } from '@/lib/applications/draft';
import { cityName } from '@/lib/cities/city-name';
import { ApplicationWizard } from '@/components/wizard/application-wizard';
import { toWizardValues } from '@/components/wizard/form-values';
import { WIZARD_STEPS, type WizardStep } from '@/lib/validation/application';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ step?: string }> };

export const generateMetadata = titleMetadata('application.wizard.title');

export default async function ApplyPage({ params, searchParams }: Props) {
  const { locale, user } = await openSignedInPage(params, '/apply');
  const t = await getTranslations('application');
  const call = await getOpenCallForApplying();
  if (!call) {
    return (
      <section>
        <h1 className="text-2xl font-bold">{t('wizard.title')}</h1>
        <p className="mt-3">{t('wizard.closed')}</p>
        <p className="mt-3">
          <Link className="text-brand-700 underline" href={`/${locale}/call`}>
            {t('wizard.toCall')}
          </Link>
        </p>
      </section>
    );
  }
  const app = await findOwnApplication(user.id, call.id);
  if (app && app.status !== 'DRAFT') redirect(`/${locale}/applications/${app.id}`);
  const draft = app ? toDraft(app) : { contactName: user.name ?? '', contactEmail: user.email, answerLanguage: locale };
  const cityNames: Record<string, string> = {};
  if (app?.applicantCity) cityNames[app.applicantCity.id] = cityName(app.applicantCity, locale);
  if (app?.partnerCity) cityNames[app.partnerCity.id] = cityName(app.partnerCity, locale);
  const { step } = await searchParams;
  const initialStep: WizardStep = (WIZARD_STEPS as readonly string[]).includes(step ?? '')
    ? (step as WizardStep)
    : 'eligibility';
  return (
    <ClientMessages entry="app/[locale]/(app)/apply/page.tsx">
      <section>
        <h1 className="text-2xl font-bold">{t('wizard.title')}</h1>
        <p className="mb-6 mt-1 text-muted">{t('wizard.edition', { year: call.year })}</p>
        <ApplicationWizard
          key={app?.id ?? 'new'}
          callId={call.id}
          userId={user.id}
          deadline={formatInstant(
            call.applicationDeadline,
            locale,
            { recordZone: call.deadlineTimeZone, viewerZone: user.timeZone },
            DATE_STYLE.moment,
          )}
          applicationId={app?.id ?? null}
          initial={toWizardValues(draft)}
          initialStep={initialStep}
          cityNames={cityNames}
          savedAt={app ? app.updatedAt.toISOString() : null}
          returnMessage={app?.returnMessage ?? null}
        />
      </section>
    </ClientMessages>
  );
}
