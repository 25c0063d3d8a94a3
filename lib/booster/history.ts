/**
 * What a line of a pair's history is about, read from its audit row: which of the four workshops (a checklist
 * item belongs to its workshop's), and for a schedule or a move the start it had and has now.
 */
import type { Stage } from '@/lib/enums';

export type HistoryRow = { entityType: string; entityId: string; before: unknown; after: unknown };
export type HistoryWorkshop = { id: string; stage: Stage; logistics: { id: string }[] };

export type HistoryDetail = {
  stage: Stage | null;
  /** The start before the change (a move) and after it (a schedule or a move). */
  from: Date | null;
  to: Date | null;
  /** The venue's zone the workshop was planned in. */
  zone: string | null;
  /** A reschedule that kept the start: something else about it changed (the place, the people). */
  keptTime: boolean;
};

function field(value: unknown, key: 'startsAt' | 'timeZone'): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' && v ? v : null;
}

const instant = (iso: string | null) => {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
};

export function historyDetail(row: HistoryRow, workshops: HistoryWorkshop[]): HistoryDetail {
  const workshop =
    row.entityType === 'Workshop'
      ? workshops.find((w) => w.id === row.entityId)
      : row.entityType === 'LogisticsItem'
        ? workshops.find((w) => w.logistics.some((l) => l.id === row.entityId))
        : undefined;
  const from = instant(field(row.before, 'startsAt'));
  const to = instant(field(row.after, 'startsAt'));
  return {
    stage: workshop?.stage ?? null,
    from,
    to,
    zone: field(row.after, 'timeZone') ?? field(row.before, 'timeZone'),
    keptTime: !!from && !!to && from.getTime() === to.getTime(),
  };
}
