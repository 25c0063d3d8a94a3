import { getLocale, getTranslations } from 'next-intl/server';
import { DATE_STYLE, formatInstant, type ZoneSources } from '@/lib/time/format';
import type { ApplicationStatus } from '@/lib/enums';

const STEPS = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED'] as const;
const DECIDED = ['SELECTED', 'WAITLISTED', 'NOT_SELECTED'];

/** Done steps are green, the current one is bold, the ones still ahead are muted. */
function stepClasses(step: number, position: number): string {
  if (step < position) return 'border-green-700 bg-green-50';
  if (step === position) return 'border-brand-600 bg-brand-50 font-bold';
  return 'border-slate-200 text-muted';
}

type Props = {
  status: ApplicationStatus;
  submittedAt: Date | null;
  /** The edition's zone and the viewer's: the submission date is read on the viewer's clock, else the edition's. */
  zones: ZoneSources;
  compact?: boolean;
};

/** Draft → submitted → under review → decision, with where the application stands and what comes next. */
export async function ApplicationTimeline({ status, submittedAt, zones, compact = false }: Props) {
  const t = await getTranslations('application');
  const ts = await getTranslations('status');
  const locale = await getLocale();
  const decided = DECIDED.includes(status);
  const position = decided ? 3 : status === 'UNDER_REVIEW' ? 2 : status === 'SUBMITTED' ? 1 : 0;
  return (
    <div>
      {status !== 'WITHDRAWN' && (
        <ol
          className={`grid gap-2 ${compact ? 'mt-2 grid-cols-2 sm:grid-cols-4' : 'mt-4 sm:grid-cols-4'}`}
          aria-label={t('status.timeline')}
        >
          {STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={i === position ? 'step' : undefined}
              className={`rounded-md border ${compact ? 'p-2 text-xs' : 'p-3 text-sm'} ${stepClasses(i, position)}`}
            >
              <span className="block">{t(`status.step.${s}`)}</span>
              {s === 'SUBMITTED' && submittedAt && (
                <span className="block font-normal">{formatInstant(submittedAt, locale, zones, DATE_STYLE.day)}</span>
              )}
              {s === 'DECIDED' && decided && <span className="block font-normal">{ts(`application.${status}`)}</span>}
            </li>
          ))}
        </ol>
      )}
      <p className={compact ? 'mt-2 text-sm' : 'mt-3'}>{t(`next.${status}`)}</p>
    </div>
  );
}
