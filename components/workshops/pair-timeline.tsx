import { useTranslations } from 'next-intl';
import { STAGES, type Stage } from '@/lib/enums';
import { cityName } from '@/lib/cities/city-name';
import { isJointStage } from '@/lib/booster/stage-rules';
import type { AppLocale } from '@/i18n/routing';
import { WorkshopTime } from './local-time';
import { StageBadge } from './stage-badge';
import type { PairWorkshop } from './pair-types';
import { workshopZone } from '@/lib/time/format';
import { Section } from '@/components/ui/section';

type Props = { byStage: Map<Stage, PairWorkshop>; locale: AppLocale; viewerZone: string | null };

/** The four workshops as the programme runs them: two initiatives side by side, then the two joint ones. */
export function PairTimeline({ byStage, locale, viewerZone }: Props) {
  const t = useTranslations('pairs');
  const tStages = useTranslations('stages');
  const card = (stage: Stage) => (
    <TimelineCard key={stage} stage={stage} workshop={byStage.get(stage)} locale={locale} viewerZone={viewerZone} />
  );
  const arrow = (
    <li aria-hidden="true" className="hidden self-center text-3xl text-brand-600 md:block">
      →
    </li>
  );
  return (
    <Section headingId="timeline-heading" title={t('timeline')}>
      <figure className="mt-3">
        <ol className="grid gap-3 md:grid-cols-[1fr_auto_1fr_auto_1fr]" aria-label={tStages('sequenceLabel')}>
          <li className="grid gap-3">{(['INITIATIVE_A', 'INITIATIVE_B'] as const).map(card)}</li>
          {arrow}
          <li className="self-center">{card('MATCH_SPRINT')}</li>
          {arrow}
          <li className="self-center">{card('SPRINT_SUCCEED')}</li>
        </ol>
        <figcaption className="mt-2 text-sm text-muted">{tStages('sequenceCaption')}</figcaption>
      </figure>
    </Section>
  );
}

function TimelineCard({
  stage,
  workshop: w,
  locale,
  viewerZone,
}: {
  stage: Stage;
  workshop: PairWorkshop | undefined;
  locale: AppLocale;
  viewerZone: string | null;
}) {
  const t = useTranslations('stages');
  const tWorkshops = useTranslations('workshops');
  const status = w?.status ?? 'NOT_SCHEDULED';
  const venueZone = w ? workshopZone(w) : null;
  return (
    <a
      href={`#workshop-${stage}`}
      className={`block rounded-lg border-2 p-4 focus-visible:outline-3 ${isJointStage(stage) ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}
    >
      <span className="flex flex-wrap items-center gap-2 font-bold">
        <span className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm text-white">
          {STAGES.indexOf(stage) + 1}
        </span>
        {t(`${stage}.title`)}
      </span>
      <span className="mt-2 block">
        <StageBadge status={status} />
      </span>
      {w?.startsAt && w.endsAt && venueZone && (
        <span className="mt-2 block text-sm">
          <WorkshopTime
            startsAt={w.startsAt.toISOString()}
            endsAt={w.endsAt.toISOString()}
            venueZone={venueZone}
            viewerZone={viewerZone}
          />
        </span>
      )}
      {w && w.status !== 'NOT_SCHEDULED' && (
        <span className="mt-1 block text-sm text-muted">
          {w.hostCity ? cityName(w.hostCity, locale) : tWorkshops('online')}
        </span>
      )}
    </a>
  );
}
