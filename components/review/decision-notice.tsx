import type { DecisionOutcome } from '@/lib/enums';
import { getTranslations } from 'next-intl/server';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';
import { Section } from '@/components/ui/section';

type Decision = {
  id: string;
  outcome: DecisionOutcome;
  application: {
    call: { year: number };
    applicantCity: { nameEn: string; nameDe: string; nameRu: string; nameUk: string } | null;
    partnerCity: { nameEn: string; nameDe: string; nameRu: string; nameUk: string } | null;
    pair: { id: string } | null;
  };
};

const TONE = {
  SELECTED: 'border-emerald-700 bg-emerald-50',
  WAITLISTED: 'border-amber-600 bg-amber-50',
  DECLINED: 'border-slate-400 bg-slate-50',
};

/** The dashboard's decision section for applicants and partners, once decisions are published. */
export async function DecisionNotice({ decisions, locale }: { decisions: Decision[]; locale: AppLocale }) {
  if (decisions.length === 0) return null;
  const t = await getTranslations('decisions.dashboard');
  return (
    <Section headingId="decision-heading" title={t('title')}>
      <ul className="mt-3 grid gap-3">
        {decisions.map((d) => (
          <li key={d.id} className={`rounded-lg border p-4 ${TONE[d.outcome]}`}>
            <p className="font-bold">
              {d.application.applicantCity ? cityName(d.application.applicantCity, locale) : '—'} ⇄{' '}
              {d.application.partnerCity ? cityName(d.application.partnerCity, locale) : '—'} ·{' '}
              {t('edition', { year: d.application.call.year })}
            </p>
            <p className="mt-1">{t(d.outcome)}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
