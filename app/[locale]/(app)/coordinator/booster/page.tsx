import { STAGES } from '@/lib/enums';
import { getTranslations } from 'next-intl/server';
import { openPermittedPage } from '@/server/page-auth';
import { getFacilitatorCalendarToken, getPairMatrix, listPairYears } from '@/server/queries/pairs';
import { parsePairMatrixFilter } from '@/lib/validation/workshops';
import { cityName } from '@/lib/cities/city-name';
import { getEnv } from '@/server/env';
import { rotateFacilitatorCalendarAction } from '@/server/actions/workshops';
import { Link } from '@/i18n/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { buttonClasses } from '@/components/ui/button';
import { STATE_TONE } from '@/components/workshops/stage-badge';
import { RiskFlags } from '@/components/workshops/risk-flags';
import type { AppLocale } from '@/i18n/routing';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import { titleMetadata } from '@/i18n/title-metadata';
import { Section } from '@/components/ui/section';
import { Pager } from '@/components/ui/pager';
import { ClientMessages } from '@/components/i18n/client-messages';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titleMetadata('scheduling.matrix.title');

export default async function BoosterOverviewPage({ params, searchParams }: Props) {
  const { locale, user: me } = await openPermittedPage(params, '/coordinator/booster', 'workshop:schedule');
  const t = await getTranslations('scheduling');
  const tStages = await getTranslations('stages');
  const tStatus = await getTranslations('status');
  const tPairs = await getTranslations('pairs');
  const filter = parsePairMatrixFilter(await searchParams);
  const [matrix, years, token] = await Promise.all([
    getPairMatrix(filter),
    listPairYears(),
    getFacilitatorCalendarToken(me.id),
  ]);
  const { rows } = matrix;
  const isFiltered = filter.year !== undefined || filter.late;
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (filter.year) q.set('year', String(filter.year));
    if (filter.late) q.set('late', '1');
    if (page > 1) q.set('page', String(page));
    return `/coordinator/booster${q.size ? `?${q}` : ''}`;
  };
  const feedUrl = token
    ? new URL(`/api/calendar/facilitators/${token}?lang=${locale}`, getEnv().NEXTAUTH_URL).toString()
    : null;
  return (
    <ClientMessages entry="app/[locale]/(app)/coordinator/booster/page.tsx">
      <div className="grid gap-8">
        <header className="flex flex-wrap items-baseline justify-between gap-4">
          <h1 className="text-2xl font-bold">{t('matrix.title')}</h1>
          <Link href="/coordinator/booster/calendar" className="text-brand-700 underline">
            {t('calendar.title')}
          </Link>
        </header>
        <form
          method="get"
          aria-label={t('matrix.filter.label')}
          className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
        >
          <label className="grid gap-1 text-sm font-bold">
            {t('matrix.filter.edition')}
            <select
              name="year"
              defaultValue={filter.year ?? ''}
              className="rounded border border-slate-400 bg-white px-2 py-1 font-normal"
            >
              <option value="">{t('matrix.filter.allEditions')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="late" value="1" defaultChecked={filter.late} className="h-4 w-4" />
            {t('matrix.filter.late')}
          </label>
          <button type="submit" className={buttonClasses('secondary')}>
            {t('matrix.filter.apply')}
          </button>
        </form>
        <Section headingId="matrix-heading" title={t('matrix.title')} headingClassName="sr-only">
          {rows.length === 0 ? (
            <p className="text-muted">{isFiltered ? t('matrix.filter.none') : t('matrix.empty')}</p>
          ) : (
            <div className="sm:overflow-x-auto">
              {/* On a phone each pair is a card: its stages stack, each named, instead of a table wider than the screen. */}
              <table className="w-full border-collapse text-left text-sm max-sm:block sm:bg-white">
                <caption className="mb-2 text-left text-muted max-sm:block">{t('matrix.caption')}</caption>
                <thead className="max-sm:hidden">
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="p-2">
                      {t('matrix.pair')}
                    </th>
                    {STAGES.map((s) => (
                      <th key={s} scope="col" className="p-2">
                        {tStages(`${s}.short`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="max-sm:grid max-sm:gap-3">
                  {rows.map((r) => (
                    <tr key={r.id} className="matrix-row">
                      <th scope="row" className="matrix-pair">
                        {/* A plain link: fifty of next's would each hydrate and prefetch a pair page. */}
                        <a href={`/${locale}/pairs/${r.id}`} className="text-brand-700 underline">
                          {`${cityName(r.cityA, locale)} – ${cityName(r.cityB, locale)}`}
                        </a>
                        <span className="block font-normal text-muted">
                          {`${r.year} · ${tStatus(`pair.${r.status}`)}`}
                        </span>
                        {r.inactive && (
                          <span className="mt-1 block font-bold text-red-800">{t('matrix.inactive')}</span>
                        )}
                      </th>
                      {r.stages.map((s) => (
                        <td key={s.stage} className="matrix-cell">
                          <span className="matrix-label">{tStages(`${s.stage}.short`)}</span>
                          <span className={`matrix-chip ${STATE_TONE[s.status]}`}>
                            {tStatus(`workshop.${s.status}`)}
                            {s.startsAt && (
                              <span className="block text-xs">
                                {formatInstant(
                                  s.startsAt,
                                  locale,
                                  { recordZone: s.timeZone, viewerZone: me.timeZone },
                                  DATE_STYLE.day,
                                )}
                              </span>
                            )}
                          </span>
                          <RiskFlags flags={s.flags} className="mt-1" />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={matrix.page} pages={matrix.pages} href={pageHref} className="mt-4" />
        </Section>
        <Section headingId="ffeed-heading" title={t('facilitatorFeed.title')}>
          <p className="mt-1 text-muted">{t('facilitatorFeed.explain')}</p>
          {feedUrl && (
            <p className="mt-2 break-all rounded border border-slate-300 bg-white p-2 font-mono text-sm">{feedUrl}</p>
          )}
          <div className="mt-2">
            <ActionButton
              action={rotateFacilitatorCalendarAction}
              input={{}}
              label={feedUrl ? tPairs('feed.rotate') : tPairs('feed.create')}
              done={tPairs('feed.rotated')}
              confirm={feedUrl ? tPairs('feed.rotateConfirm') : undefined}
            />
          </div>
        </Section>
      </div>
    </ClientMessages>
  );
}
