import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Phase, PhaseStep } from '@/lib/editions/phases';

type Props = {
  steps: PhaseStep[];
  /** How the page writes a date (in the edition's zone, named when it is not the viewer's). */
  when: (d: Date) => string;
  /** What comes next, in words, and what the coordinator can do about it. */
  next: ReactNode;
};

const MARK: Record<PhaseStep['state'], string> = { done: '✓', current: '●', upcoming: '○' };
const FRAME: Record<PhaseStep['state'], string> = {
  done: 'border-brand-700 bg-brand-50',
  current: 'border-brand-700 bg-white ring-2 ring-brand-700',
  upcoming: 'border-slate-300 bg-white text-muted',
};

/** The edition's phases as a stepper, each with its date, and below it what comes next. */
export async function EditionPhases({ steps, when, next }: Props) {
  const t = await getTranslations('editions.phases');
  const ts = await getTranslations('status.call');
  const dateOf = ({ phase, state, at }: PhaseStep): string => {
    if (state === 'upcoming') return at ? t('planned', { date: when(at) }) : phase === 'REVIEW' ? t('afterClose') : '';
    if (!at) return t('skipped');
    return state === 'current' ? t('since', { date: when(at) }) : when(at);
  };
  return (
    <div className="mt-3 grid gap-4">
      <ol aria-label={t('label')} className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {steps.map((step) => (
          <li
            key={step.phase}
            aria-current={step.state === 'current' ? 'step' : undefined}
            className={`rounded border p-2 text-sm ${FRAME[step.state]}`}
          >
            <span className="font-bold">
              <span aria-hidden>{MARK[step.state]} </span>
              {ts(step.phase satisfies Phase)}
            </span>
            <span className="sr-only"> ({t(step.state)})</span>
            <span className="block">{dateOf(step)}</span>
          </li>
        ))}
      </ol>
      <div>
        <h3 className="font-bold">{t('nextTitle')}</h3>
        {next}
      </div>
    </div>
  );
}
