'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { buttonClasses } from '@/components/ui/button';
import { useClock } from '@/components/ui/use-clock';
import { Section } from '@/components/ui/section';

type Props = {
  /** The deadline as an ISO instant. */
  deadline: string;
  /** The server's clock when it rendered, so the first client render matches the HTML. */
  renderedAt: string;
  /** The edition is OPEN (a coordinator may close it early). */
  isOpen: boolean;
  /** The deadline as the server formatted it, in the edition's time zone. */
  deadlineLabel: string;
  /** When applications stopped (the deadline, or the day a coordinator closed the call early). */
  closedLabel: string;
  next: { slug: string; title: string; deadlineLabel: string } | null;
};

const SECOND = 1000;

function remainingParts(ms: number) {
  const total = Math.max(0, Math.floor(ms / SECOND));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

/**
 * The live part of the call page: a countdown and the Apply link while the call accepts
 * applications, the closed notice (and the next edition) from the deadline on. The page
 * itself is static and revalidated; this island flips at the deadline to the second.
 */
export function CallCountdown({ deadline, renderedAt, isOpen, deadlineLabel, closedLabel, next }: Props) {
  const t = useTranslations('call');
  const deadlineMs = Date.parse(deadline);
  const now = useClock(Date.parse(renderedAt));

  const accepting = isOpen && now < deadlineMs;
  if (!accepting) {
    return (
      <Section
        headingId="call-closed-heading"
        title={t('closed.heading')}
        className="rounded-lg border-2 border-slate-400 bg-slate-50 p-5"
      >
        <p className="mt-2">{t('closed.body', { deadline: isOpen ? deadlineLabel : closedLabel })}</p>
        {next ? (
          <p className="mt-3">
            {t('closed.next', { title: next.title, deadline: next.deadlineLabel })}{' '}
            <Link href={`/call/${next.slug}`} className="font-bold text-brand-700 underline">
              {t('closed.nextLink')}
            </Link>
          </p>
        ) : (
          <p className="mt-3">{t('closed.noNext')}</p>
        )}
      </Section>
    );
  }

  const left = remainingParts(deadlineMs - now);
  const units = (['days', 'hours', 'minutes', 'seconds'] as const).map((unit) => ({ unit, value: left[unit] }));
  return (
    <Section
      headingId="call-countdown-heading"
      title={t('countdown.heading')}
      className="rounded-lg border-2 border-brand-600 bg-brand-50 p-5"
    >
      <p className="mt-1">{t('countdown.until', { deadline: deadlineLabel })}</p>
      <div role="timer" aria-label={t('countdown.label')} className="mt-3 flex flex-wrap gap-3">
        {units.map(({ unit, value }) => (
          <p key={unit} className="min-w-20 rounded-md bg-white px-3 py-2 text-center text-sm text-muted shadow-sm">
            {t.rich(`countdown.${unit}`, {
              count: value,
              n: (chunks) => <span className="block text-2xl font-bold text-ink tabular-nums">{chunks}</span>,
            })}
          </p>
        ))}
      </div>
      <p className="mt-4 flex flex-wrap items-center gap-3">
        <Link href="/apply" className={buttonClasses('primary', 'px-6 text-base')}>
          {t('apply')}
        </Link>
        <span className="text-sm text-muted">{t('applyHint')}</span>
      </p>
    </Section>
  );
}
