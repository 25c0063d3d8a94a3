import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getEditionForReview } from '@/server/queries/review';
import { getRanking } from '@/server/queries/ranking';
import { ScoreStats } from '@/components/review/score-stats';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { titleMetadata } from '@/i18n/title-metadata';
import { PageHeader } from '@/components/ui/page-header';

type Props = { params: Promise<{ locale: AppLocale; id: string }> };

export const generateMetadata = titleMetadata('review.ranking.title');

export default async function RankingPage({ params }: Props) {
  const {
    locale,
    id: callId,
    user,
  } = await openPermittedPage(params, (p) => `/coordinator/editions/${p.id}/ranking`, 'application:review');
  const call = await getEditionForReview(callId, locale);
  if (!call) notFound();
  const rows = await getRanking(user, callId, locale);
  const t = await getTranslations('review');
  const td = await getTranslations('decisions');
  const ts = await getTranslations('status');
  return (
    <div className="grid gap-6">
      <PageHeader
        back={{ href: `/coordinator/editions/${callId}`, label: t('list.back', { edition: call.title }) }}
        title={t('ranking.heading', { edition: call.title })}
      >
        <p className="mt-1 text-muted">{t('ranking.rule')}</p>
        <p className="mt-1">{td('selectedOfPairs', { selected: call.selected, pairs: call.pairsToSelect })}</p>
      </PageHeader>
      <ol className="grid gap-3">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p>
              <Link href={`/applications/${r.id}/review`} className="font-bold text-brand-700 underline">
                {r.applicantCity ?? '—'} ⇄ {r.partnerCity ?? '—'}
              </Link>{' '}
              <span className="text-sm text-muted">
                · {ts(`application.${r.status}`)}
                {r.decision &&
                  ` · ${td(`outcomes.${r.decision.outcome}`)} (${r.decision.publishedAt ? td('published') : td('internal')})`}
              </span>
            </p>
            <div className="mt-2">
              {r.conflicted ? (
                <p className="font-bold text-amber-800">{t('list.conflict')}</p>
              ) : r.stats ? (
                <ScoreStats stats={r.stats} />
              ) : (
                <p className="text-muted">{r.ownDone ? t('ranking.noScores') : t('ranking.hidden')}</p>
              )}
            </div>
            <p className="mt-2 text-sm">
              {t('ranking.submitted', { count: r.submitted })}
              {r.missing.length > 0 && ` · ${t('ranking.missing', { names: r.missing.join(', ') })}`}
              {r.submitted === 0 && r.missing.length === 0 && ` · ${t('ranking.unassigned')}`}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
