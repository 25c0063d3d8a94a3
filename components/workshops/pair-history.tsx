import { useFormatter, useTranslations } from 'next-intl';
import type { KeysIn } from '@/lib/i18n/message-key';
import type { listPairHistory } from '@/server/queries/pairs';
import { Section } from '@/components/ui/section';

type HistoryEntry = Awaited<ReturnType<typeof listPairHistory>>[number];

/** What the pair's history says for each audited action; an action without a label shows as itself. */
const HISTORY_LABELS: Partial<Record<string, KeysIn<'pairs.history'>>> = {
  'workshop.schedule': 'actions.workshop_schedule',
  'workshop.reschedule': 'actions.workshop_reschedule',
  'workshop.cancel': 'actions.workshop_cancel',
  'workshop.done': 'actions.workshop_done',
  'workshop.outcome.update': 'actions.workshop_outcome_update',
  'logistics.tick': 'actions.logistics_tick',
  'logistics.untick': 'actions.logistics_untick',
  'logistics.add': 'actions.logistics_add',
  'pair.withdraw': 'actions.pair_withdraw',
  'pair.complete': 'actions.pair_complete',
  'pair.calendar.create': 'actions.pair_calendar_create',
  'pair.calendar.rotate': 'actions.pair_calendar_rotate',
};

/** Who changed what, newest first, in the viewer's zone (or the pair's, named, for a viewer without one). */
export function PairHistory({
  history,
  timeZone,
  isViewersZone,
}: {
  history: HistoryEntry[];
  timeZone: string;
  isViewersZone: boolean;
}) {
  const t = useTranslations('pairs.history');
  const format = useFormatter();
  return (
    <Section headingId="history-heading" title={t('title')}>
      {!isViewersZone && history.length > 0 && (
        <p id="history-zone" className="mt-1 text-sm text-muted">
          {t('zone', { zone: timeZone.replace(/_/g, ' ') })}
        </p>
      )}
      {history.length === 0 ? (
        <p className="mt-1 text-muted">{t('empty')}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm" aria-describedby={isViewersZone ? undefined : 'history-zone'}>
          {history.map((h) => {
            const label = HISTORY_LABELS[h.action];
            return (
              <li key={h.id}>
                <time dateTime={h.createdAt.toISOString()}>
                  {format.dateTime(h.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone })}
                </time>{' '}
                · {h.actor ? (h.actor.name ?? h.actor.email) : t('system')} · {label ? t(label) : h.action}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
