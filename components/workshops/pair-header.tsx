import { useTranslations } from 'next-intl';
import type { NextStep } from '@/lib/booster/stage-rules';
import type { Stage } from '@/lib/enums';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';
import type { PairPageData } from '@/server/queries/pairs';
import { Section } from '@/components/ui/section';

type Props = {
  pair: PairPageData;
  nameA: string;
  nameB: string;
  next: NextStep;
  /** A running pair where nothing has moved for six weeks. */
  inactive: boolean;
  locale: AppLocale;
  viewerZone: string | null;
};

/** Who the pair is, where it stands, and the one thing that comes next. */
export function PairHeader({ pair, nameA, nameB, next, inactive, locale, viewerZone }: Props) {
  const t = useTranslations('pairs');
  const tStatus = useTranslations('status');
  const tStages = useTranslations('stages');
  const tWorkshops = useTranslations('workshops');
  const host = (stage: Stage) => {
    const city = pair.workshops.find((w) => w.stage === stage)?.hostCity;
    return city ? cityName(city, locale) : tWorkshops('online');
  };
  return (
    <>
      <header>
        <p className="text-sm text-muted">{t('edition', { year: pair.call.year })}</p>
        <h1 className="text-2xl font-bold">{t('heading', { a: nameA, b: nameB })}</h1>
        <p className="mt-1">
          {t('statusLine')} <strong>{tStatus(`pair.${pair.status}`)}</strong>
        </p>
        {inactive && (
          <p className="mt-3 rounded border border-red-700 bg-red-50 p-3 font-bold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {t('inactive')}
          </p>
        )}
        {pair.status === 'WITHDRAWN' && pair.withdrawnAt && (
          <p role="status" className="mt-3 rounded border border-red-700 bg-red-50 p-3">
            {t('withdrawnOn', {
              date: formatInstant(
                pair.withdrawnAt,
                locale,
                { recordZone: pair.cityA.timeZone, viewerZone, prefer: 'viewer' },
                DATE_STYLE.day,
              ),
              reason: pair.withdrawReason ?? '—',
            })}
          </p>
        )}
      </header>

      <Section
        headingId="next-heading"
        title={t('next.title')}
        className="rounded-lg border border-brand-600 bg-brand-50 p-4"
        headingClassName="font-bold"
      >
        <p className="mt-1">
          {next.kind === 'withdrawn' || next.kind === 'completed'
            ? t(`next.${next.kind}`)
            : t(`next.${next.kind}`, { stage: tStages(`${next.stage}.title`), host: host(next.stage) })}
        </p>
      </Section>
    </>
  );
}
