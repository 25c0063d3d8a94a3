import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getReviewWorkspace } from '@/server/queries/review-workspace';
import { cityName } from '@/lib/cities/city-name';
import { promoteFromWaitlistAction, unassignReviewerAction } from '@/server/actions/review';
import { ScoreForm } from '@/components/review/score-form';
import { ScoreStats } from '@/components/review/score-stats';
import { DecisionForm } from '@/components/review/decision-form';
import { AssignReviewerForm } from '@/components/review/assign-reviewer-form';
import { TranslationForm } from '@/components/review/translation-form';
import { ActionButton } from '@/components/ui/action-button';
import { Link } from '@/i18n/navigation';
import { LOCALE_NAMES } from '@/lib/site';
import { ANSWER_FIELDS } from '@/lib/applications/fields';
import type { AppLocale } from '@/i18n/routing';
import type { KeysIn } from '@/lib/i18n/message-key';
import { formatInstant } from '@/lib/time/format';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('review.workspace.title');

export default async function ReviewPage({ params }: Props) {
  const { locale, id, user } = await openPermittedPage(
    params,
    (p) => `/applications/${p.id}/review`,
    'application:review',
  );
  const data = await getReviewWorkspace(user, id, locale);
  if (!data) notFound();
  const t = await getTranslations('review');
  const td = await getTranslations('decisions');
  const ts = await getTranslations('status');
  const ta = await getTranslations('application');
  const format = await getFormatter();
  const { app } = data;
  // Events of the application on the viewer's clock; for a viewer without a zone, the edition's, named.
  const when = (d: Date) =>
    formatInstant(d, locale, { recordZone: app.call.deadlineTimeZone, viewerZone: user.timeZone, prefer: 'viewer' });
  const label = (c: { labels: unknown; key: string }) => (c.labels as Record<string, string>)[locale] ?? c.key;
  const cityA = app.applicantCity ? cityName(app.applicantCity, locale) : t('workspace.noCity');
  const cityB = app.partnerCity ? cityName(app.partnerCity, locale) : t('workspace.noCity');
  const criteria = data.criteria.map((c) => ({ id: c.id, label: label(c), weight: c.weight }));
  const num = (v: number | null) => (v === null ? '—' : format.number(v, { maximumFractionDigits: 2 }));

  return (
    <ClientMessages entry="app/[locale]/(app)/applications/[id]/review/page.tsx">
      <div className="grid gap-6">
        <header>
          <p className="text-sm">
            <Link href={`/coordinator/editions/${app.callId}/applications`} className="text-brand-700 underline">
              {t('workspace.back', { edition: data.title })}
            </Link>
          </p>
          <h1 className="mt-2 text-2xl font-bold">{t('workspace.heading', { cityA, cityB })}</h1>
          <p className="mt-1 text-muted">
            {ts(`application.${app.status}`)}
            {app.submittedAt && <> · {t('workspace.submittedAt', { date: when(app.submittedAt) })}</>}
          </p>
          <p className="mt-2 flex flex-wrap gap-4">
            <Link href={`/applications/${app.id}`} className="text-brand-700 underline">
              {ta('page.openApplication')}
            </Link>
            <a href={`/api/applications/${app.id}/pdf?locale=${locale}`} className="text-brand-700 underline">
              {ta('page.downloadPdf')}
            </a>
          </p>
        </header>

        {data.conflicted && (
          <p role="alert" className="rounded border border-amber-600 bg-amber-50 p-4 font-bold">
            {t('conflicts.youAreConflicted')}
          </p>
        )}

        <Section headingId="answers-heading" title={t('workspace.application')} card>
          <dl className="mt-3 grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-muted">{t('workspace.applicantCity')}</dt>
              <dd>
                {cityA} {app.applicantCity && `(${t(`countries.${app.applicantCity.country}`)})`}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('workspace.partnerCity')}</dt>
              <dd>
                {cityB} {app.partnerCity && `(${t(`countries.${app.partnerCity.country}`)})`}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('workspace.contact')}</dt>
              <dd>
                {[app.contactName, app.contactRole, app.contactEmail, app.contactPhone, ...app.contactSocial]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('workspace.organisations')}</dt>
              <dd>{app.organisations.map((o) => o.organisation.name).join(', ') || '—'}</dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('workspace.partner')}</dt>
              <dd>
                {app.partnerUser
                  ? `${app.partnerUser.name ?? app.partnerUser.email} · ${
                      app.partnerConfirmedAt ? t('workspace.partnerConfirmed') : t('workspace.partnerPending')
                    }`
                  : t('workspace.noPartner')}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-muted">{t('workspace.selfDeclaration')}</dt>
              <dd>
                {app.selfDeclaration && app.selfDeclaredAt
                  ? t('workspace.selfDeclaredAt', { date: when(app.selfDeclaredAt) })
                  : t('workspace.noSelfDeclaration')}
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-sm text-muted">{t('workspace.endorsements')}</dt>
              <dd>
                {app.endorsements.length === 0
                  ? t('workspace.noEndorsement')
                  : app.endorsements.map((e) => (
                      <span key={e.id} className="block">
                        {cityName(e.city, locale)}: {t(`workspace.endorsement.${e.status}`)}
                        {e.official && ` · ${e.official.name ?? e.official.email}`}
                        {e.confirmedAt && ` · ${when(e.confirmedAt)}`}
                      </span>
                    ))}
              </dd>
            </div>
          </dl>
          {ANSWER_FIELDS.map((field) => {
            const original = app[field];
            const translations = app.translations.filter((tr) => tr.field === field);
            return (
              <section key={field} aria-labelledby={`${field}-heading`} className="mt-5">
                <h3 id={`${field}-heading`} className="font-bold">
                  {t(`answers.${field}`)}
                </h3>
                <div className={`mt-2 grid gap-3 ${translations.length ? 'md:grid-cols-2' : ''}`}>
                  {original ? (
                    <figure className="rounded border border-slate-200 p-3" lang={app.answerLanguage ?? undefined}>
                      <figcaption className="text-xs font-bold uppercase text-muted" lang={locale}>
                        {t('translation.original', {
                          language: app.answerLanguage ? LOCALE_NAMES[app.answerLanguage] : '—',
                        })}
                      </figcaption>
                      <p className="mt-1 whitespace-pre-line">{original}</p>
                    </figure>
                  ) : (
                    <p className="text-muted">{t('workspace.noAnswer')}</p>
                  )}
                  {translations.map((tr) => (
                    <figure key={tr.id} lang={tr.locale} className="rounded border border-brand-600 bg-brand-50 p-3">
                      <figcaption className="text-xs font-bold uppercase text-muted" lang={locale}>
                        {t('translation.translated', { language: LOCALE_NAMES[tr.locale] })}
                      </figcaption>
                      <p className="mt-1 whitespace-pre-line">{tr.text}</p>
                    </figure>
                  ))}
                </div>
                {original && (
                  <TranslationForm applicationId={app.id} field={field} fieldLabel={t(`answers.${field}`)} />
                )}
              </section>
            );
          })}
        </Section>

        {!data.conflicted && (
          <Section headingId="score-heading" title={t('scores.yours')} card>
            {!app.call.reviewOpenedAt ? (
              <p className="mt-2 text-muted">{t('scores.notOpen')}</p>
            ) : data.canScore ? (
              <div className="mt-3">
                <ScoreForm
                  applicationId={app.id}
                  criteria={criteria}
                  initial={Object.fromEntries(
                    (data.own?.scores ?? []).map((s) => [s.criterionId, { score: s.score, comment: s.comment }]),
                  )}
                />
              </div>
            ) : (
              <p className="mt-2 text-muted">{t('scores.closed')}</p>
            )}
          </Section>
        )}

        {!data.conflicted && (
          <Section headingId="others-heading" title={t('scores.others')} card>
            {!data.own ? (
              <p className="mt-2 text-muted">{t('scores.hiddenUntilOwn')}</p>
            ) : (
              <>
                {data.stats && (
                  <div className="mt-3">
                    <ScoreStats stats={data.stats} />
                  </div>
                )}
                {data.others.length === 0 ? (
                  <p className="mt-3 text-muted">{t('scores.noOthers')}</p>
                ) : (
                  <table className="mt-3 w-full border-collapse text-left text-sm">
                    <caption className="sr-only">{t('scores.others')}</caption>
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className="p-2">
                          {t('scores.reviewer')}
                        </th>
                        <th scope="col" className="p-2">
                          {t('stats.mean')}
                        </th>
                        {criteria.map((c) => (
                          <th key={c.id} scope="col" className="p-2">
                            {c.label}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {data.others.map((o) => (
                        <tr key={o.reviewerId} className="border-b border-slate-200 align-top">
                          <th scope="row" className="p-2 font-normal">
                            {o.reviewerName}
                          </th>
                          <td className="p-2 font-bold">{num(o.mean)}</td>
                          {criteria.map((c) => {
                            const s = o.scores.find((x) => x.criterionId === c.id);
                            return (
                              <td key={c.id} className="p-2">
                                {s ? s.score : '—'}
                                {s?.comment && <span className="block text-muted">{s.comment}</span>}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </>
            )}
          </Section>
        )}

        <Section headingId="assign-heading" title={t('assign.title')} card>
          {data.assignments.length === 0 ? (
            <p className="mt-2 text-muted">{t('assign.none')}</p>
          ) : (
            <ul className="mt-2 grid gap-2">
              {data.assignments.map((a) => (
                <li key={a.reviewerId} className="flex flex-wrap items-center gap-3">
                  <span>
                    {a.name} · {a.submitted ? t('assign.submitted') : t('assign.pending')}
                  </span>
                  {!a.submitted && (
                    <ActionButton
                      action={unassignReviewerAction}
                      input={{ applicationId: app.id, reviewerId: a.reviewerId }}
                      label={t('assign.remove', { name: a.name })}
                      done={t('assign.removed')}
                      variant="ghost"
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3">
            <AssignReviewerForm
              applicationId={app.id}
              coordinators={data.coordinators.map((c) => ({
                id: c.id,
                label: c.conflicted ? t('assign.conflictedOption', { name: c.name ?? c.email }) : (c.name ?? c.email),
              }))}
            />
          </div>
        </Section>

        <Section headingId="decision-heading" title={td('title')} card>
          {data.conflicted ? (
            <p className="mt-2 text-muted">{t('conflicts.leftOut')}</p>
          ) : (
            <>
              {data.decision && (
                <p className="mt-2">
                  <strong>{td(`outcomes.${data.decision.outcome}`)}</strong> ·{' '}
                  {data.decision.publishedAt
                    ? td('publishedAt', { date: when(data.decision.publishedAt) })
                    : td('internal')}
                  {data.decision.note && (
                    <span className="block whitespace-pre-line text-muted">{data.decision.note}</span>
                  )}
                </p>
              )}
              {!app.call.reviewOpenedAt ? (
                <p className="mt-2 text-muted">{t('scores.notOpen')}</p>
              ) : data.decision?.publishedAt ? (
                data.decision.outcome === 'WAITLISTED' &&
                app.status === 'WAITLISTED' && (
                  <div className="mt-3">
                    <ActionButton
                      action={promoteFromWaitlistAction}
                      input={{ applicationId: app.id }}
                      label={td('promote')}
                      done={td('promoted')}
                      confirm={td('promoteConfirm')}
                    />
                  </div>
                )
              ) : (
                app.status !== 'WITHDRAWN' && (
                  <div className="mt-3">
                    <DecisionForm
                      applicationId={app.id}
                      initial={
                        data.decision ? { outcome: data.decision.outcome, note: data.decision.note ?? '' } : null
                      }
                    />
                  </div>
                )
              )}
            </>
          )}
        </Section>

        <Section headingId="history-heading" title={t('history.title')} card>
          {data.history.length === 0 ? (
            <p className="mt-2 text-muted">{t('history.empty')}</p>
          ) : (
            <ol className="mt-2 grid gap-1 text-sm">
              {data.history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.createdAt.toISOString()}>{when(h.createdAt)}</time> ·{' '}
                  {h.actor ?? t('history.system')} · {historyLabel(t, h.action)}
                  {h.status && ` → ${ts(`application.${h.status}`)}`}
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
    </ClientMessages>
  );
}

/** What the review history says for each audited action; an action without a label shows as itself. */
const HISTORY_LABELS: Partial<Record<string, KeysIn<'review'>>> = {
  'application.status': 'history.actions.application.status',
  'review.assigned': 'history.actions.review.assigned',
  'review.unassigned': 'history.actions.review.unassigned',
  'review.submitted': 'history.actions.review.submitted',
  'review.revised': 'history.actions.review.revised',
  'decision.set': 'history.actions.decision.set',
  'decision.published': 'history.actions.decision.published',
  'decision.promoted': 'history.actions.decision.promoted',
  'translation.saved': 'history.actions.translation.saved',
};

function historyLabel(t: Awaited<ReturnType<typeof getTranslations<'review'>>>, action: string): string {
  const key = HISTORY_LABELS[action];
  return key ? t(key) : action;
}
