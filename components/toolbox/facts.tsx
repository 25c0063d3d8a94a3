import { type Stage } from '@/lib/enums';
import { useTranslations } from 'next-intl';
import { isTopic } from '@/lib/toolbox/materials';
import { LOCALE_NAMES } from '@/lib/site';
import type { AppLocale } from '@/i18n/routing';
import { Section } from '@/components/ui/section';

/** "45 min", "2 h 30 min" in the reader's language. */
export function useDuration() {
  const t = useTranslations('toolbox');
  return (minutes: number | null) => {
    if (!minutes) return null;
    if (minutes < 60) return t('minutes', { minutes });
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m ? t('hoursMinutes', { hours: h, minutes: m }) : t('hours', { hours: h });
  };
}

export function useGroupSize() {
  const t = useTranslations('toolbox');
  return (min: number | null, max: number | null) => {
    if (min && max) return t('groupRange', { min, max });
    if (min) return t('groupFrom', { min });
    if (max) return t('groupUpTo', { max });
    return null;
  };
}

export function StageList({ stages }: { stages: Stage[] }) {
  const t = useTranslations('stages');
  return <>{stages.map((s) => t(`${s}.short`)).join(', ')}</>;
}

type FactsInput = {
  stages: Stage[];
  topics: string[];
  durationMinutes: number | null;
  groupSizeMin: number | null;
  groupSizeMax: number | null;
  versions: { locale: AppLocale }[];
};

/** A material's facts at a glance: duration, group size, stages, topics, languages. */
export function MaterialFacts({ material: m }: { material: FactsInput }) {
  const t = useTranslations('toolbox');
  const duration = useDuration()(m.durationMinutes);
  const group = useGroupSize()(m.groupSizeMin, m.groupSizeMax);
  const rows: [string, string | React.ReactNode][] = [];
  if (duration) rows.push([t('durationLabel'), duration]);
  if (group) rows.push([t('groupSizeFact'), group]);
  rows.push([t('stageLabel'), <StageList key="s" stages={m.stages} />]);
  if (m.topics.length)
    rows.push([
      t('topicLabel'),
      m.topics
        .filter(isTopic)
        .map((k) => t(`topic.${k}`))
        .join(', '),
    ]);
  rows.push([t('languagesShort'), m.versions.map((v) => LOCALE_NAMES[v.locale]).join(', ')]);
  return (
    <Section headingId="facts-heading" title={t('facts')} card className="text-sm" headingClassName="font-bold">
      <dl className="mt-2 grid gap-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd className="font-bold">{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
