import { getLocale, getTranslations } from 'next-intl/server';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import type { ApplicationDetail } from '@/server/queries/applications';
import { ApplicationTimeline } from './application-timeline';

/** Where the application stands, as a short timeline, and what is still missing. */
export async function ApplicationStatus({ app, viewerZone }: { app: ApplicationDetail; viewerZone: string | null }) {
  const t = await getTranslations('application');
  const ts = await getTranslations('status');
  const locale = await getLocale();
  // The application's dates on the viewer's clock; for a viewer without a zone, the edition's, named.
  const zones = { recordZone: app.call.deadlineTimeZone, viewerZone, prefer: 'viewer' as const };
  const endorsed = app.endorsements.some((e) => e.status === 'CONFIRMED');
  const missing: string[] = [];
  if (app.status !== 'WITHDRAWN') {
    if (app.status === 'DRAFT') missing.push(t('status.missingSubmit'));
    if (!app.partnerUserId) missing.push(t('status.missingPartnerInvite'));
    else if (!app.partnerConfirmedAt) missing.push(t('status.missingPartnerConfirm'));
    if (!endorsed) missing.push(t('status.missingEndorsement'));
  }
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="status-heading" className="text-xl font-bold">
        {t('status.title')}: <span className="text-brand-700">{ts(`application.${app.status}`)}</span>
      </h2>
      <ApplicationTimeline status={app.status} submittedAt={app.submittedAt} zones={zones} />
      {app.withdrawnAt && (
        <p className="mt-3">
          {t('status.withdrawnOn', { date: formatInstant(app.withdrawnAt, locale, zones, DATE_STYLE.day) })}
        </p>
      )}
      {missing.length > 0 && (
        <div className="mt-4">
          <p className="font-bold">{t('status.missingTitle')}</p>
          <ul className="list-disc pl-5">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
