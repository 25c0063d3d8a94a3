import { useFormatter, useTranslations } from 'next-intl';
import type { ScoreSummary } from '@/lib/review/stats';

/** Weighted mean, median, range and standard deviation, read out as a definition list. */
export function ScoreStats({ stats }: { stats: ScoreSummary }) {
  const t = useTranslations('review.stats');
  const format = useFormatter();
  const n = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
      <div>
        <dt className="text-muted">{t('mean')}</dt>
        <dd className="font-bold">{n(stats.mean)}</dd>
      </div>
      <div>
        <dt className="text-muted">{t('median')}</dt>
        <dd>{n(stats.median)}</dd>
      </div>
      <div>
        <dt className="text-muted">{t('range')}</dt>
        <dd>
          {n(stats.min)}–{n(stats.max)}
        </dd>
      </div>
      <div>
        <dt className="text-muted">{t('sd')}</dt>
        <dd>{n(stats.sd)}</dd>
      </div>
      <div>
        <dt className="text-muted">{t('count')}</dt>
        <dd>{stats.count}</dd>
      </div>
    </dl>
  );
}
