'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { isTimeZone, offsetLabel, resolveLocal, type LocalDateTime } from '@/lib/time/zoned';
import { useErrorText } from './use-error-text';

const hhmm = (l: LocalDateTime) => `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
const resolutionOf = (local: LocalDateTime | null, timeZone: string) =>
  local && isTimeZone(timeZone) ? resolveLocal(local, timeZone) : null;

/**
 * The text of a local-time field's error. A gap or an overlap (`time.gap`, `time.overlap`, from the shared
 * schema or the server) is named with the times the clock jumps between, worked out from the same fields
 * with the same rule; every other message reads as usual.
 */
export function useLocalTimeErrorText() {
  const t = useTranslations('time');
  const errorText = useErrorText();
  return (message: string | undefined, local: LocalDateTime | null, timeZone: string): string | undefined => {
    if (message !== 'time.gap' && message !== 'time.overlap') return errorText(message);
    const r = resolutionOf(local, timeZone);
    if (message === 'time.gap' && r?.kind === 'gap') return t('gap', { from: r.from, to: r.to, time: hhmm(local!) });
    if (message === 'time.overlap' && r?.kind === 'overlap')
      return t('overlap', { from: r.from, to: r.to, time: hhmm(local!) });
    // The fields changed since: the message no longer fits them, and revalidation will replace it.
    return errorText('validation.invalid');
  };
}

/**
 * When the local time happens twice in the zone (the autumn night), asks which one is meant: summer time
 * (the earlier) or standard time (the later). Renders nothing for any other time.
 */
export function OverlapChoice({
  local,
  timeZone,
  registration,
}: {
  local: LocalDateTime | null;
  timeZone: string;
  registration: UseFormRegisterReturn;
}) {
  const t = useTranslations('time');
  const r = resolutionOf(local, timeZone);
  if (r?.kind !== 'overlap') return null;
  const time = hhmm(local!);
  const options = [
    { offset: r.earlier.offsetMinutes, label: t('summer', { time, offset: offsetLabel(r.earlier.offsetMinutes) }) },
    { offset: r.later.offsetMinutes, label: t('standard', { time, offset: offsetLabel(r.later.offsetMinutes) }) },
  ];
  return (
    <fieldset className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3">
      <legend className="px-1 text-sm font-bold">{t('choice', { time })}</legend>
      {options.map((o) => (
        <label key={o.offset} className="flex items-center gap-2 py-1">
          <input type="radio" value={String(o.offset)} {...registration} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
