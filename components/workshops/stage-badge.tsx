import { useTranslations } from 'next-intl';
import type { WorkshopStatus } from '@/lib/enums';

export const STATE_TONE: Record<WorkshopStatus, string> = {
  NOT_SCHEDULED: 'bg-slate-100 text-slate-800 border-slate-500',
  SCHEDULED: 'bg-brand-50 text-brand-900 border-brand-600',
  DONE: 'bg-emerald-50 text-emerald-900 border-emerald-700',
  CANCELLED: 'bg-red-50 text-red-900 border-red-700',
};

/** A workshop's state in words (colour only repeats it). */
export function StageBadge({ status }: { status: WorkshopStatus }) {
  const t = useTranslations('status.workshop');
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-bold ${STATE_TONE[status]}`}>
      {t(status)}
    </span>
  );
}
