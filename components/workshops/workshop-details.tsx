import { useTranslations } from 'next-intl';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';
import { WorkshopTime } from './local-time';
import type { PairWorkshop } from './pair-types';
import { workshopZone } from '@/lib/time/format';
import { workshopPlace } from '@/lib/booster/place';

/** When, where, who and in which languages: what a participant needs to turn up. */
export function WorkshopDetails({
  workshop: w,
  locale,
  viewerZone,
}: {
  workshop: PairWorkshop;
  locale: AppLocale;
  viewerZone: string | null;
}) {
  const t = useTranslations('workshops');
  if (w.status === 'NOT_SCHEDULED') return <p className="mt-2 text-muted">{t('notScheduledYet')}</p>;
  const venueZone = workshopZone(w);
  const place = workshopPlace(w);
  const people = (list: string[]) => (list.length ? list.join(', ') : '—');
  return (
    <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {w.startsAt && w.endsAt && venueZone && (
        <>
          <dt className="font-bold">{t('when')}</dt>
          <dd>
            <WorkshopTime
              startsAt={w.startsAt.toISOString()}
              endsAt={w.endsAt.toISOString()}
              venueZone={venueZone}
              viewerZone={viewerZone}
            />
          </dd>
        </>
      )}
      <dt className="font-bold">{t('where')}</dt>
      <dd>
        <span>
          {w.format && place.city ? `${t(`format.${w.format}`)} · ${cityName(place.city, locale)}` : t('online')}
        </span>
        {place.venue.map((line, i) => (
          <span key={i} className={i === 0 ? 'block' : 'block text-muted'}>
            {line}
          </span>
        ))}
        {place.link && (
          <a href={place.link} className="block text-brand-700 underline" rel="noopener noreferrer">
            {place.link}
          </a>
        )}
      </dd>
      <dt className="font-bold">{t('facilitators')}</dt>
      <dd>{people(w.facilitators.map((f) => f.user.name ?? f.user.email))}</dd>
      <dt className="font-bold">{t('languages')}</dt>
      <dd>{people(w.languages.map((l) => t(`language.${l}`)))}</dd>
      {w.expectedParticipants !== null && (
        <>
          <dt className="font-bold">{t('expectedParticipants')}</dt>
          <dd>{w.expectedParticipants}</dd>
        </>
      )}
      {w.status === 'CANCELLED' && (
        <>
          <dt className="font-bold">{t('cancelReason')}</dt>
          <dd>{w.cancelReason ?? '—'}</dd>
        </>
      )}
    </dl>
  );
}
