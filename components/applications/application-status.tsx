import { getFormatter, getTranslations } from 'next-intl/server';
import type { ApplicationDetail } from '@/server/queries/applications';

const TIMELINE = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED'] as const;

/** Where the application stands, as a short timeline, and what is still missing. */
export async function ApplicationStatus({ app }: { app: ApplicationDetail }) {
  const t = await getTranslations('application');
  const ts = await getTranslations('status');
  const format = await getFormatter();
  const decided = ['SELECTED', 'WAITLISTED', 'NOT_SELECTED'].includes(app.status);
  const position = decided ? 3 : app.status === 'UNDER_REVIEW' ? 2 : app.status === 'SUBMITTED' ? 1 : 0;
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
      {app.status !== 'WITHDRAWN' && (
        <ol className="mt-4 grid gap-2 sm:grid-cols-4" aria-label={t('status.timeline')}>
          {TIMELINE.map((s, i) => (
            <li
              key={s}
              aria-current={i === position ? 'step' : undefined}
              className={`rounded-md border p-3 text-sm ${i < position ? 'border-green-700 bg-green-50' : i === position ? 'border-brand-600 bg-brand-50 font-bold' : 'border-slate-200 text-muted'}`}
            >
              <span className="block">{t(`status.step.${s}`)}</span>
              {s === 'SUBMITTED' && app.submittedAt && <span className="block font-normal">{format.dateTime(app.submittedAt, { dateStyle: 'medium' })}</span>}
              {s === 'DECIDED' && decided && <span className="block font-normal">{ts(`application.${app.status}`)}</span>}
            </li>
          ))}
        </ol>
      )}
      {app.withdrawnAt && <p className="mt-3">{t('status.withdrawnOn', { date: format.dateTime(app.withdrawnAt, { dateStyle: 'long' }) })}</p>}
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
