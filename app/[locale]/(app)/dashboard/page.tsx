import { getTranslations } from 'next-intl/server';
import { openSignedInPage } from '@/server/page-auth';
import { getDashboard } from '@/server/queries/dashboard';
import { cityName } from '@/lib/cities/city-name';
import { listPublishedDecisionsFor } from '@/server/queries/decisions';
import { DecisionNotice } from '@/components/review/decision-notice';
import { Link } from '@/i18n/navigation';
import { getOpenCallForApplying } from '@/server/queries/calls';
import { buttonClasses } from '@/components/ui/button';
import { ApplicationTimeline } from '@/components/applications/application-timeline';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';

type Props = { params: Promise<{ locale: AppLocale }> };

export const generateMetadata = titleMetadata('dashboard.title');

const STAGE_TONE: Record<string, string> = {
  NOT_SCHEDULED: 'bg-slate-100 text-slate-800 border-slate-400',
  SCHEDULED: 'bg-brand-50 text-brand-900 border-brand-600',
  DONE: 'bg-emerald-50 text-emerald-900 border-emerald-700',
  CANCELLED: 'bg-red-50 text-red-900 border-red-700',
};

export default async function DashboardPage({ params }: Props) {
  const { locale, user } = await openSignedInPage(params, '/dashboard');
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('status');
  const tStage = await getTranslations('stages');
  const [data, openCall, decisions] = await Promise.all([
    getDashboard(user),
    getOpenCallForApplying(),
    listPublishedDecisionsFor(user),
  ]);
  return (
    <div className="grid gap-8">
      <header>
        <h1 className="text-2xl font-bold">{t('greeting', { name: user.name ?? user.email })}</h1>
        <p className="mt-1 text-muted">{t(`roleLine.${user.role}`)}</p>
        {user.role === 'CITY_OFFICIAL' && !user.isVerifiedOfficial && (
          <p role="status" className="mt-3 rounded border border-amber-600 bg-amber-50 p-3">
            {data.officialCity
              ? t('officialUnverifiedCity', { city: cityName(data.officialCity, locale) })
              : t('officialUnverified')}
          </p>
        )}
      </header>

      {data.coordinator && (
        <Section headingId="todo-heading" title={t('coordinatorTodo')} card>
          <ul className="mt-3 grid gap-2 sm:grid-cols-3">
            <li>{t('toReview', { count: data.coordinator.toReview })}</li>
            <li>
              <Link href="/coordinator/people" className="text-brand-700 underline">
                {t('officialsToVerify', { count: data.coordinator.officialsToVerify })}
              </Link>
            </li>
            <li>
              <Link href="/coordinator/outbox" className="text-brand-700 underline">
                {t('heldEmails', { count: data.coordinator.heldEmails })}
              </Link>
            </li>
          </ul>
        </Section>
      )}

      <DecisionNotice decisions={decisions} locale={locale} />

      <Section headingId="apps-heading" title={t('applications')}>
        {openCall && !data.applications.some((a) => a.callId === openCall.id && a.applicantId === user.id) && (
          <p className="mt-2">
            <Link href="/apply" className={buttonClasses('primary')}>
              {t('applyNow', { year: openCall.year })}
            </Link>
          </p>
        )}
        {data.applications.length === 0 ? (
          <p className="mt-2 text-muted">{t('noApplications')}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {data.applications.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-bold">
                  <Link href={`/applications/${a.id}`} className="text-brand-700 underline">
                    {a.applicantCity ? cityName(a.applicantCity, locale) : t('cityMissing')} ⇄{' '}
                    {a.partnerCity ? cityName(a.partnerCity, locale) : t('cityMissing')}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {t('edition', { year: a.call.year })} · {ts(`application.${a.status}`)} ·{' '}
                  {a.partnerConfirmedAt ? t('partnerConfirmed') : t('partnerPending')} ·{' '}
                  {a.endorsements.length > 0 ? t('endorsed') : t('notEndorsed')}
                </p>
                <ApplicationTimeline
                  status={a.status}
                  submittedAt={a.submittedAt}
                  zones={{ recordZone: a.call.deadlineTimeZone, viewerZone: user.timeZone, prefer: 'viewer' }}
                  compact
                />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section headingId="pairs-heading" title={t('pairs')}>
        {data.pairs.length === 0 ? (
          <p className="mt-2 text-muted">{t('noPairs')}</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {data.pairs.map((p) => (
              <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-bold">
                  <Link href={`/pairs/${p.id}`} className="text-brand-700 underline">
                    {cityName(p.cityA, locale)} ⇄ {cityName(p.cityB, locale)}
                  </Link>{' '}
                  <span className="text-sm font-normal text-muted">
                    · {t('edition', { year: p.call.year })} · {ts(`pair.${p.status}`)}
                  </span>
                </p>
                <ol className="mt-2 flex flex-wrap gap-2" aria-label={t('stagesLabel')}>
                  {p.workshops.map((w) => (
                    <li key={w.stage} className={`rounded border px-2 py-1 text-xs ${STAGE_TONE[w.status]}`}>
                      {tStage(`${w.stage}.short`)}: {ts(`workshop.${w.status}`)}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
