import { useFormatter, useTranslations } from 'next-intl';
import { STAGES } from '@/lib/enums';
import { canTickItem } from '@/lib/resource-facts';
import { requiredHostCity } from '@/lib/booster/stage-rules';
import type { AppLocale } from '@/i18n/routing';
import type { PairPageData } from '@/server/queries/pairs';
import type { SessionUser } from '@/server/auth';
import type { CityChoice } from './schedule-form';
import { StageBadge } from './stage-badge';
import { RiskFlags } from './risk-flags';
import type { RiskFlag } from '@/lib/booster/stage-rules';
import { Checklist } from './checklist';
import { WorkshopDetails } from './workshop-details';
import { WorkshopOutcome } from './workshop-outcome';
import { WorkshopTools } from './workshop-tools';
import type { PairWorkshop } from './pair-types';
import { DATE_STYLE, formatInstant } from '@/lib/time/format';

type Props = {
  pair: PairPageData;
  workshop: PairWorkshop;
  cities: CityChoice[];
  viewer: SessionUser;
  locale: AppLocale;
  isNextToSchedule: boolean;
  /** What is late or at risk about this workshop. */
  flags: RiskFlag[];
  /** Present for coordinators of an active pair: the options their tools offer. */
  tools: {
    facilitators: { id: string; name: string }[];
  } | null;
};

/** One of the pair's four workshops: what is known of it, its checklist, its outcome and a coordinator's tools. */
export function WorkshopSection({ pair, workshop: w, cities, viewer, locale, isNextToSchedule, flags, tools }: Props) {
  const t = useTranslations('workshops');
  const tStages = useTranslations('stages');
  const format = useFormatter();
  // The window's days are calendar dates, stored at midnight UTC: read in UTC so no zone moves them.
  const day = (d: Date) => format.dateTime(d, { ...DATE_STYLE.day, timeZone: 'UTC' });
  const fixed = requiredHostCity(w.stage, pair);
  const fixedCity = cities.find((c) => c.id === fixed) ?? null;
  const zone = w.timeZone ?? fixedCity?.timeZone ?? pair.cityA.timeZone;
  const itemsByCity = cities
    .map((c) => ({ city: c, items: w.logistics.filter((l) => l.cityId === c.id) }))
    .filter((g) => g.items.length > 0);
  return (
    <section
      id={`workshop-${w.stage}`}
      aria-labelledby={`heading-${w.stage}`}
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={`heading-${w.stage}`} className="flex flex-wrap items-center gap-3 text-xl font-bold">
        <span>
          {STAGES.indexOf(w.stage) + 1}. {tStages(`${w.stage}.title`)}
        </span>
        <StageBadge status={w.status} />
      </h2>
      <RiskFlags flags={flags} className="mt-2" />
      <WorkshopDetails workshop={w} locale={locale} viewerZone={viewer.timeZone} />
      {w.startsAt && w.status !== 'NOT_SCHEDULED' && (
        <p className="mt-2">
          <a href={`/api/workshops/${w.id}/ics?lang=${locale}`} className="text-brand-700 underline" download>
            {t('addToCalendar')}
          </a>
        </p>
      )}

      {itemsByCity.length > 0 && (
        <div className="mt-4">
          <h3 className="text-lg font-bold">{t('checklist.title')}</h3>
          {itemsByCity.map(({ city, items }) => (
            <Checklist
              key={city.id}
              title={t('checklist.forCity', { city: city.name })}
              items={items.map((l) => ({
                id: l.id,
                label: l.kind === 'CUSTOM' ? (l.label ?? '') : t(`checklist.kind.${l.kind}`),
                doneAt: l.doneAt
                  ? formatInstant(l.doneAt, locale, { recordZone: zone, viewerZone: viewer.timeZone, prefer: 'viewer' })
                  : null,
                doneBy: l.doneBy ? (l.doneBy.name ?? l.doneBy.email) : null,
                canTick: pair.status === 'ACTIVE' && canTickItem(viewer, l.cityId, pair),
              }))}
            />
          ))}
        </div>
      )}

      {w.status === 'DONE' && <WorkshopOutcome workshop={w} nameA={cities[0].name} nameB={cities[1].name} />}

      {tools && (
        <WorkshopTools
          workshop={w}
          cities={cities}
          fixedCity={fixedCity}
          zone={zone}
          window={{ start: day(pair.call.windowStart), end: day(pair.call.windowEnd) }}
          isNextToSchedule={isNextToSchedule}
          facilitators={tools.facilitators}
        />
      )}
    </section>
  );
}
