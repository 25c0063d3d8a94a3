'use client';

import { useEffect } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { rememberTimeZoneAction } from '@/server/actions/profile';
import { useBrowserTimeZone } from '@/components/ui/use-clock';
import { DATE_STYLE, zoneName } from '@/lib/time/format';

function formatRange(locale: string, start: Date, end: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat(locale, { ...DATE_STYLE.moment, timeZone });
  return f.formatRange(start, end);
}

/** Stores the browser's zone in the profile once, for people who have none yet (renders nothing). */
export function RememberTimeZone({ hasZone }: { hasZone: boolean }) {
  useEffect(() => {
    if (!hasZone) void rememberTimeZoneAction({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  }, [hasZone]);
  return null;
}

/**
 * A workshop's time in the venue's zone, and the viewer's own beside it when that differs
 * (from their profile; until they set one, from the browser).
 */
export function WorkshopTime({
  startsAt,
  endsAt,
  venueZone,
  viewerZone,
}: {
  startsAt: string;
  endsAt: string;
  venueZone: string;
  viewerZone: string | null;
}) {
  const locale = useLocale();
  const t = useTranslations('workshops');
  const browserZone = useBrowserTimeZone();
  const zone = viewerZone ?? browserZone;
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const venue = formatRange(locale, start, end, venueZone);
  const isDifferent = zone && formatRange(locale, start, end, zone) !== venue;
  return (
    <span className="block">
      <time dateTime={startsAt}>{venue}</time> <span className="text-muted">({zoneName(venueZone)})</span>
      {isDifferent && (
        <span className="block text-sm text-muted">
          {t('yourTime', { time: formatRange(locale, start, end, zone!), zone: zoneName(zone!) })}
        </span>
      )}
    </span>
  );
}
