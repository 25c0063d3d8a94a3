'use client';

import { useTranslations } from 'next-intl';
import { WIZARD_STEPS, type WizardStep } from '@/lib/validation/application';

/** Where one is in the wizard: a bar and the list of steps (visited ones can be revisited). */
export function WizardProgress({
  step,
  reached,
  onGo,
}: {
  step: WizardStep;
  reached: number;
  onGo: (s: WizardStep) => void;
}) {
  const t = useTranslations('application.wizard');
  const index = WIZARD_STEPS.indexOf(step);
  return (
    <nav aria-label={t('progressLabel')} className="mb-6">
      <p className="text-sm font-bold">{t('stepOf', { current: index + 1, total: WIZARD_STEPS.length })}</p>
      <div
        role="progressbar"
        aria-label={t('progressLabel')}
        aria-valuemin={1}
        aria-valuemax={WIZARD_STEPS.length}
        aria-valuenow={index + 1}
        className="mt-1 h-2 w-full overflow-hidden rounded bg-slate-200"
      >
        <div
          className="h-full bg-brand-600 transition-all"
          style={{ width: `${((index + 1) / WIZARD_STEPS.length) * 100}%` }}
        />
      </div>
      <ol className="mt-3 flex flex-wrap gap-2 text-sm">
        {WIZARD_STEPS.map((s, i) => (
          <li key={s}>
            {i <= reached && s !== step ? (
              <button type="button" className="rounded px-2 py-1 text-brand-700 underline" onClick={() => onGo(s)}>
                {i + 1}. {t(`steps.${s}`)}
              </button>
            ) : (
              <span
                aria-current={s === step ? 'step' : undefined}
                className={`rounded px-2 py-1 ${s === step ? 'bg-brand-100 font-bold' : 'text-muted'}`}
              >
                {i + 1}. {t(`steps.${s}`)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
