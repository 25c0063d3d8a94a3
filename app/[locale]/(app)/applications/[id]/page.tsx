import { applicationFacts } from '@/lib/resource-facts';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openSignedInPage } from '@/server/page-auth';
import { getApplicationForViewer } from '@/server/queries/applications';
import { contentOf, toDraft } from '@/lib/applications/draft';
import { cityName } from '@/lib/cities/city-name';
import { withdrawApplicationAction, confirmAsPartnerAction } from '@/server/actions/applications';
import { ApplicationStatus } from '@/components/applications/application-status';
import { ApplicationContent } from '@/components/applications/application-content';
import { InviteForm } from '@/components/applications/invite-form';
import { EndorseForm } from '@/components/applications/endorse-form';
import { ReturnForm } from '@/components/applications/return-form';
import { PartnerOrganisationsForm } from '@/components/applications/partner-organisations-form';
import { ActionButton } from '@/components/ui/action-button';
import { buttonClasses } from '@/components/ui/button';
import { can } from '@/lib/permissions';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { formatInstant } from '@/lib/time/format';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }>; searchParams: Promise<{ submitted?: string }> };

export const generateMetadata = titleMetadata('application.page.title');

export default async function ApplicationPage({ params, searchParams }: Props) {
  const { locale, id, user } = await openSignedInPage(params, (p) => `/applications/${p.id}`);
  const app = await getApplicationForViewer(user, id);
  if (!app) notFound();
  const t = await getTranslations('application');
  const facts = applicationFacts(app);
  const isApplicant = app.applicantId === user.id;
  const isPartner = app.partnerUserId === user.id;
  const a = app.applicantCity ? cityName(app.applicantCity, locale) : '—';
  const b = app.partnerCity ? cityName(app.partnerCity, locale) : '—';
  const open = !['WITHDRAWN', 'SELECTED', 'WAITLISTED', 'NOT_SELECTED'].includes(app.status);
  const partnerInvite = app.invites.find((i) => i.kind === 'PARTNER' && !i.acceptedAt);
  const canEndorse =
    can(user, 'application:endorse', { cityIds: [app.applicantCityId] }) && app.status !== 'DRAFT' && open;
  const myEndorsement = app.endorsements.find((e) => e.officialId === user.id && e.status === 'CONFIRMED');
  const { submitted } = await searchParams;
  // Events of the application on the viewer's clock; for a viewer without a zone, the edition's, named.
  const when = (d: Date) =>
    formatInstant(d, locale, { recordZone: app.call.deadlineTimeZone, viewerZone: user.timeZone, prefer: 'viewer' });

  return (
    <ClientMessages entry="app/[locale]/(app)/applications/[id]/page.tsx">
      <article className="grid gap-6">
        <header>
          <p className="text-sm text-muted">{t('page.edition', { year: app.call.year })}</p>
          <h1 className="text-2xl font-bold">{t('page.heading', { a, b })}</h1>
          {submitted && app.status === 'SUBMITTED' && (
            <p role="status" className="mt-3 rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-bold">
              {t('page.submittedNotice')}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-3">
            <a className={buttonClasses('secondary')} href={`/api/applications/${app.id}/pdf?locale=${locale}`}>
              {t('page.downloadPdf')}
            </a>
            {isApplicant && app.status === 'DRAFT' && (
              <Link className={buttonClasses('primary')} href={`/${locale}/apply`}>
                {t('page.continue')}
              </Link>
            )}
            {can(user, 'application:review', facts) && app.status !== 'DRAFT' && (
              <Link className={buttonClasses('primary')} href={`/${locale}/applications/${app.id}/review`}>
                {t('page.review')}
              </Link>
            )}
            {app.pair && (
              <Link className={buttonClasses('primary')} href={`/${locale}/pairs/${app.pair.id}`}>
                {t('page.toPair')}
              </Link>
            )}
          </div>
        </header>

        <ApplicationStatus app={app} viewerZone={user.timeZone} />

        {app.returnMessage && app.status === 'DRAFT' && (
          <section className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4">
            <h2 className="font-bold">{t('wizard.returned')}</h2>
            <p className="mt-1 whitespace-pre-wrap">{app.returnMessage}</p>
          </section>
        )}

        <Section headingId="partner-heading" title={t('partner.title', { city: b })} card>
          <p className="mt-2">
            {app.partnerUser
              ? app.partnerConfirmedAt
                ? t('partner.confirmed', {
                    name: app.partnerUser.name ?? app.partnerUser.email,
                    date: when(app.partnerConfirmedAt),
                  })
                : t('partner.accepted', { name: app.partnerUser.name ?? app.partnerUser.email })
              : partnerInvite
                ? t('partner.invited', { email: partnerInvite.email, date: when(partnerInvite.createdAt) })
                : t('partner.none')}
          </p>
          {isPartner && !app.partnerConfirmedAt && open && (
            <div className="mt-3">
              <p className="mb-2">{t('partner.confirmHint')}</p>
              <ActionButton
                action={confirmAsPartnerAction}
                input={{ applicationId: app.id }}
                label={t('partner.confirm')}
                done={t('partner.confirmedToast')}
                variant="primary"
              />
            </div>
          )}
          {isPartner && app.status === 'DRAFT' && (
            <PartnerOrganisationsForm applicationId={app.id} initial={toDraft(app).partnerOrganisations} city={b} />
          )}
          {isApplicant && open && !app.partnerConfirmedAt && <InviteForm applicationId={app.id} kind="PARTNER" />}
        </Section>

        <Section headingId="endorsement-heading" title={t('endorsement.title', { city: a })} card>
          <p className="mt-1 text-sm text-muted">{t('endorsement.explain')}</p>
          {app.endorsements.length === 0 && <p className="mt-2">{t('endorsement.none')}</p>}
          <ul className="mt-2 grid gap-1">
            {app.endorsements.map((e) => (
              <li key={e.id}>
                {e.status === 'CONFIRMED' && e.confirmedAt
                  ? t('endorsement.confirmedBy', {
                      name: e.official?.name ?? e.official?.email ?? '—',
                      date: when(e.confirmedAt),
                    })
                  : t('endorsement.pending', { who: e.official?.name ?? e.official?.email ?? e.invitedEmail ?? '—' })}
                {e.note ? <span className="block text-sm text-muted">“{e.note}”</span> : null}
              </li>
            ))}
          </ul>
          {canEndorse && !myEndorsement && <EndorseForm applicationId={app.id} city={a} />}
          {isApplicant && open && <InviteForm applicationId={app.id} kind="OFFICIAL" />}
        </Section>

        {can(user, 'application:return', facts) && (app.status === 'SUBMITTED' || app.status === 'UNDER_REVIEW') && (
          <Section headingId="return-heading" title={t('return.title')} card>
            <ReturnForm applicationId={app.id} />
          </Section>
        )}

        <Section
          headingId="content-heading"
          title={app.status === 'DRAFT' ? t('page.draftContent') : t('page.submittedContent')}
          headingClassName="mb-3 text-xl font-bold"
        >
          <ApplicationContent
            content={contentOf(app)}
            locale={locale}
            zones={{ recordZone: app.call.deadlineTimeZone, viewerZone: user.timeZone, prefer: 'viewer' }}
          />
        </Section>

        {(can(user, 'application:withdraw', facts) && ['SUBMITTED', 'UNDER_REVIEW'].includes(app.status)) ||
        (isApplicant && app.status === 'DRAFT' && app.submittedSnapshot) ? (
          <section className="border-t border-slate-200 pt-4">
            <ActionButton
              action={withdrawApplicationAction}
              input={{ applicationId: app.id }}
              label={t('page.withdraw')}
              done={t('page.withdrawn')}
              variant="danger"
              confirm={t('page.withdrawConfirm')}
            />
          </section>
        ) : null}
      </article>
    </ClientMessages>
  );
}
