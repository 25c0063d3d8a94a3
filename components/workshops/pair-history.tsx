import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { KeysIn } from '@/lib/i18n/message-key';
import { DATE_STYLE, formatInstant, zoneName } from '@/lib/time/format';
import { isPairHistoryAction, type PairHistoryAction } from '@/lib/audit-actions';
import type { listPairHistory } from '@/server/queries/pairs';
import { Section } from '@/components/ui/section';

type HistoryEntry = Awaited<ReturnType<typeof listPairHistory>>[number];

/** What the pair's history says for each of its actions (lib/audit-actions.ts): a new one fails the typecheck here. */
const HISTORY_LABELS: Record<PairHistoryAction, KeysIn<'pairs.history'>> = {
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
  const tStages = useTranslations('stages');
  const format = useFormatter();
  const locale = useLocale();
  // A workshop's times in its venue's zone, named when that is not the zone of the history.
  const when = (d: Date | null, zone: string | null) =>
    d ? formatInstant(d, locale, { recordZone: zone ?? timeZone, viewerZone: timeZone }) : t('unknownTime');
  const line = (h: HistoryEntry) => {
    if (!isPairHistoryAction(h.action)) return h.action;
    const { stage, from, to, zone, keptTime } = h.detail;
    const key = h.action === 'workshop.reschedule' && keptTime ? 'actions.workshop_details' : HISTORY_LABELS[h.action];
    return t(key, {
      stage: stage ? tStages(`${stage}.title`) : '—',
      from: when(from, zone),
      to: when(to, zone),
    });
  };
  return (
    <Section headingId="history-heading" title={t('title')}>
      {!isViewersZone && history.length > 0 && (
        <p id="history-zone" className="mt-1 text-sm text-muted">
          {t('zone', { zone: zoneName(timeZone) })}
        </p>
      )}
      {history.length === 0 ? (
        <p className="mt-1 text-muted">{t('empty')}</p>
      ) : (
        <ul className="mt-2 grid gap-1 text-sm" aria-describedby={isViewersZone ? undefined : 'history-zone'}>
          {history.map((h) => {
            return (
              <li key={h.id}>
                <time dateTime={h.createdAt.toISOString()}>
                  {format.dateTime(h.createdAt, { ...DATE_STYLE.moment, timeZone })}
                </time>{' '}
                · {h.actor ? (h.actor.name ?? h.actor.email) : t('system')} · {line(h)}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
