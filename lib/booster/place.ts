/**
 * Where a workshop happens, as its format says. An online workshop has only its link: the host city it may
 * keep (stage 1 and 2 belong to one city) is no place to go. An in-person one has its city and venue, a
 * hybrid one both. The pair page, the e-mails and the calendar feed all read the place through here.
 */
import type { WorkshopFormat } from '@/lib/enums';
import { cityName, type CityNames } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';

export type PlaceFacts = {
  format: WorkshopFormat | null;
  hostCity: CityNames | null;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
};

export type Place = {
  /** The host city, when people meet in one. */
  city: CityNames | null;
  /** Venue name and address, in that order, when people meet in one. */
  venue: string[];
  /** The link to join, when the workshop can be joined online. */
  link: string | null;
};

export function workshopPlace(w: PlaceFacts): Place {
  const online = w.format === 'ONLINE' || (!w.format && !w.hostCity);
  const inPerson = w.format === 'IN_PERSON';
  return {
    city: online ? null : w.hostCity,
    venue: online ? [] : [w.venueName, w.venueAddress].filter((v): v is string => !!v),
    link: inPerson ? null : w.onlineUrl || null,
  };
}

/**
 * The place as one line, for an e-mail or a calendar entry: "Bonn, Rathaus, Markt 2", "Online: https://…",
 * "Bonn, Rathaus · Online: https://…". `online` is the reader's word for it.
 */
export function placeLine(w: PlaceFacts, locale: AppLocale, online: string): string {
  const place = workshopPlace(w);
  const met = place.city ? [cityName(place.city, locale), ...place.venue].join(', ') : '';
  const joined = place.link ? `${online}: ${place.link}` : met ? '' : online;
  return [met, joined].filter(Boolean).join(' · ');
}
