import { getFormatter, getTranslations } from 'next-intl/server';
import { openReviewAction } from '@/server/actions/review';
import { ActionButton } from '@/components/ui/action-button';
import { EditionStatusActions } from '@/components/editions/edition-status-actions';
import { Link } from '@/i18n/navigation';
import type { CallStatus } from '@/lib/enums';
import type { Phase } from '@/lib/editions/phases';
import type { formatInstant } from '@/lib/time/format';
import { DATE_STYLE } from '@/lib/time/format';

type Props = {
  call: {
    id: string;
    version: number;
    status: CallStatus;
    applicationDeadline: Date;
    selectionDate: Date;
    windowStart: Date;
    windowEnd: Date;
    applications: number;
  };
  phase: Phase;
  now: Date;
  when: (d: Date, style?: Parameters<typeof formatInstant>[3]) => string;
};

const LINK = 'text-brand-700 underline';

/** What happens after the current phase, in words, and the button or links that take the edition there. */
export async function NextStep({ call, phase, now, when }: Props) {
  const t = await getTranslations('editions.phases');
  const tr = await getTranslations('review');
  const te = await getTranslations('editions');
  const format = await getFormatter();
  const day = (d: Date) => when(d, DATE_STYLE.day);
  // The window's days are calendar days (stored at UTC midnight): read in UTC so no zone moves them.
  const calendarDay = (d: Date) => format.dateTime(d, { ...DATE_STYLE.day, timeZone: 'UTC' });
  const canReopen = call.status === 'CLOSED' && call.applicationDeadline > now;
  const statusActions = (
    <EditionStatusActions
      id={call.id}
      version={call.version}
      phase={phase}
      canReopen={canReopen}
      applications={call.applications}
    />
  );
  const text = {
    DRAFT: t('next.DRAFT', { deadline: when(call.applicationDeadline) }),
    OPEN: t('next.OPEN', { deadline: when(call.applicationDeadline) }),
    CLOSED: t('next.CLOSED'),
    REVIEW: t('next.REVIEW', { selection: day(call.selectionDate) }),
    DECIDED: t('next.DECIDED', { start: calendarDay(call.windowStart), end: calendarDay(call.windowEnd) }),
    ARCHIVED: t('next.ARCHIVED'),
  }[phase];
  return (
    <div className="mt-1 grid gap-3">
      <p className="max-w-3xl">{text}</p>
      {phase === 'DRAFT' && (
        <p>
          <Link href={`/coordinator/editions/${call.id}/preview`} className={LINK}>
            {te('preview')}
          </Link>
        </p>
      )}
      {(phase === 'DRAFT' || phase === 'OPEN' || phase === 'DECIDED' || canReopen) && statusActions}
      {phase === 'CLOSED' && (
        <div>
          <ActionButton
            action={openReviewAction}
            input={{ callId: call.id }}
            label={tr('edition.open')}
            done={tr('edition.opened')}
            variant="primary"
            confirm={tr('edition.openConfirm')}
          />
        </div>
      )}
      {phase === 'REVIEW' && (
        <p className="flex flex-wrap gap-4">
          <Link href={`/coordinator/editions/${call.id}/applications`} className={LINK}>
            {tr('list.title')}
          </Link>
          <Link href={`/coordinator/editions/${call.id}/ranking`} className={LINK}>
            {tr('ranking.title')}
          </Link>
          <Link href="/coordinator/outbox" className={LINK}>
            {tr('outbox.title')}
          </Link>
        </p>
      )}
      {phase === 'DECIDED' && (
        <p>
          <Link href="/coordinator/booster" className={LINK}>
            {t('booster')}
          </Link>
        </p>
      )}
    </div>
  );
}
