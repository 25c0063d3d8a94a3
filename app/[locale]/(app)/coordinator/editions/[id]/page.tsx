import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getEditionForReview, getEditionSummary } from '@/server/queries/review';
import { getLatestExportJob } from '@/server/queries/exports';
import { publishDecisionsAction, deleteCriterionAction } from '@/server/actions/review';
import { ActionButton } from '@/components/ui/action-button';
import { CriterionForm } from '@/components/review/criteria-editor';
import { ZipExport } from '@/components/review/zip-export';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { EditionPhases } from '@/components/editions/edition-phases';
import { NextStep } from './next-step';
import { applicationsClosedAt, currentPhase, phaseTimeline } from '@/lib/editions/phases';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('review.edition.title');

const STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'WAITLISTED', 'NOT_SELECTED', 'WITHDRAWN'] as const;

export default async function EditionPage({ params }: Props) {
  const {
    locale,
    id: callId,
    user,
  } = await openPermittedPage(params, (p) => `/coordinator/editions/${p.id}`, 'review:manage');
  const call = await getEditionForReview(callId, locale);
  if (!call) notFound();
  const [summary, job] = await Promise.all([getEditionSummary(callId), getLatestExportJob(user, callId)]);
  const t = await getTranslations('review');
  const td = await getTranslations('decisions');
  const ts = await getTranslations('status');
  const te = await getTranslations('editions');
  const countries = [...new Set(summary.byCountry.map((r) => r.country))];
  const cell = (country: string | null, status: string) =>
    summary.byCountry.find((r) => r.country === country && r.status === status)?.count ?? 0;
  // The edition's dates in its own zone, named for a coordinator whose zone differs (or who has none).
  const when = (d: Date, style?: Parameters<typeof formatInstant>[3]) =>
    formatInstant(d, locale, { recordZone: call.deadlineTimeZone, viewerZone: user.timeZone }, style);
  const now = new Date();
  const phase = currentPhase(call, now);

  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/editions/[id]/page.tsx">
      <div className="grid gap-6">
        <header>
          <p className="text-sm">
            <Link href="/coordinator" className="text-brand-700 underline">
              {t('edition.back')}
            </Link>
          </p>
          <h1 className="mt-2 text-2xl font-bold">{call.title}</h1>
          <p className="mt-1 text-muted">
            {ts(`call.${phase}`)} ·{' '}
            {phase === 'DRAFT' || phase === 'OPEN'
              ? t('edition.deadline', { date: when(call.applicationDeadline, DATE_STYLE.day) })
              : t('edition.closedOn', {
                  date: when(applicationsClosedAt(call), DATE_STYLE.day),
                })}
          </p>
          <nav aria-label={t('edition.nav')} className="mt-3 flex flex-wrap gap-4">
            <Link href={`/coordinator/editions/${callId}/edit`} className="text-brand-700 underline">
              {te('editTitle')}
            </Link>
            <Link href={`/coordinator/editions/${callId}/preview`} className="text-brand-700 underline">
              {te('preview')}
            </Link>
            <Link href={`/coordinator/editions/${callId}/applications`} className="text-brand-700 underline">
              {t('list.title')}
            </Link>
            <Link href={`/coordinator/editions/${callId}/ranking`} className="text-brand-700 underline">
              {t('ranking.title')}
            </Link>
            <Link href="/coordinator/conflicts" className="text-brand-700 underline">
              {t('conflicts.title')}
            </Link>
            <Link href="/coordinator/outbox" className="text-brand-700 underline">
              {t('outbox.title')}
            </Link>
            <Link href="/coordinator/decision-templates" className="text-brand-700 underline">
              {td('templates.title')}
            </Link>
          </nav>
        </header>

        <Section headingId="phase-heading" title={te('phases.title')} card>
          <EditionPhases
            steps={phaseTimeline(call, now)}
            when={(d) => when(d, DATE_STYLE.day)}
            next={<NextStep call={call} phase={phase} now={now} when={when} />}
          />
        </Section>

        <Section headingId="decisions-heading" title={td('title')} card>
          <p className="mt-2 text-lg">
            {td('selectedOfPairs', { selected: call.selected, pairs: call.pairsToSelect })}
          </p>
          {call.selected > call.pairsToSelect && (
            <p role="status" className="mt-1 font-bold text-red-700">
              {td('tooMany')}
            </p>
          )}
          <p className="mt-1 text-muted">{td('unpublished', { count: call.unpublished })}</p>
          {call.decisionsPublishedAt && (
            <p className="mt-1">
              {td('publishedAt', {
                date: when(call.decisionsPublishedAt),
              })}
            </p>
          )}
          {call.unpublished > 0 && (
            <div className="mt-3">
              <ActionButton
                action={publishDecisionsAction}
                input={{ callId }}
                label={td('publish')}
                done={td('publishedDone')}
                variant="primary"
                confirm={td('publishConfirm', { count: call.unpublished })}
              />
            </div>
          )}
        </Section>

        <Section headingId="summary-heading" title={t('summary.title')} card>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t('summary.byCountry')}</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    {t('summary.country')}
                  </th>
                  {STATUSES.map((s) => (
                    <th key={s} scope="col" className="p-2">
                      {ts(`application.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c ?? 'none'} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {c ? t(`countries.${c}`) : '—'}
                    </th>
                    {STATUSES.map((s) => (
                      <td key={s} className="p-2">
                        {cell(c, s)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3">{t('summary.reviews', { done: summary.reviewsDone, open: summary.reviewsOpen })}</p>
          <p>
            {t('summary.decisions', {
              selected: summary.decisions.SELECTED ?? 0,
              waitlisted: summary.decisions.WAITLISTED ?? 0,
              declined: summary.decisions.DECLINED ?? 0,
            })}
          </p>
        </Section>

        <Section headingId="criteria-heading" title={t('criteria.title')} card>
          {call.reviewOpenedAt ? (
            <>
              <p className="mt-2 text-muted">{t('criteria.locked')}</p>
              <ul className="mt-2 list-disc pl-6">
                {call.criteria.map((c) => (
                  <li key={c.id}>
                    {(c.labels as Record<string, string>)[locale] ?? c.key} ·{' '}
                    {t('criteria.weightShort', { weight: c.weight })}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <div className="mt-3 grid gap-4">
              {call.criteria.map((c) => (
                <div key={c.id} className="border-b border-slate-200 pb-3">
                  <CriterionForm
                    callId={callId}
                    criterion={{
                      id: c.id,
                      labels: c.labels as { en: string; de: string; ru: string; uk: string },
                      weight: c.weight,
                    }}
                  />
                  <ActionButton
                    action={deleteCriterionAction}
                    input={{ criterionId: c.id }}
                    label={t('criteria.delete', { name: (c.labels as Record<string, string>)[locale] ?? c.key })}
                    done={t('criteria.deleted')}
                    variant="ghost"
                    confirm={t('criteria.deleteConfirm')}
                  />
                </div>
              ))}
              <h3 className="font-bold">{t('criteria.new')}</h3>
              <CriterionForm callId={callId} />
            </div>
          )}
        </Section>

        <Section headingId="exports-heading" title={t('exports.title')} card>
          <ul className="mt-2 grid gap-2">
            <li>
              <a className="text-brand-700 underline" href={`/api/coordinator/editions/${callId}/applications.csv`}>
                {t('exports.applicationsCsv')}
              </a>
            </li>
            <li>
              <a className="text-brand-700 underline" href={`/api/coordinator/editions/${callId}/reviews.csv`}>
                {t('exports.reviewsCsv')}
              </a>
            </li>
          </ul>
          <div className="mt-4">
            <ZipExport callId={callId} initial={job} />
          </div>
        </Section>
      </div>
    </ClientMessages>
  );
}
