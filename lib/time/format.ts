/**
 * The one way an instant becomes text: in the record's zone (an edition's deadline zone, a venue's zone) or
 * in the viewer's own, and with the zone named whenever it is not the viewer's own, so that "23:59" never
 * silently means Berlin to someone in Kyiv. Pure, for pages, PDFs and e-mails alike.
 */

export type ZoneSources = {
  /** The zone the record lives in: the edition's `deadlineTimeZone`, the venue's `timeZone`; none for some. */
  recordZone?: string | null;
  /** The viewer's (or recipient's) own zone from their profile; null until they have one. */
  viewerZone?: string | null;
  /**
   * Whose clock the text follows when both are known: a deadline or a workshop reads in its own zone
   * (`record`, the default); a history of events reads in the viewer's (`viewer`).
   */
  prefer?: 'record' | 'viewer';
};

export type ShownZone = { timeZone: string; isNamed: boolean };

/**
 * The zone to show and whether to name it. With neither zone known (an e-mail in the outbox to no one in
 * particular, read by a viewer without a zone) the text is in UTC, named: never a guessed city.
 */
export function shownZone({ recordZone, viewerZone, prefer = 'record' }: ZoneSources): ShownZone {
  const first = prefer === 'record' ? recordZone : viewerZone;
  const timeZone = first || recordZone || viewerZone || 'UTC';
  return { timeZone, isNamed: timeZone !== viewerZone };
}

/** How a zone is named in text: its IANA name, readable ("America/New York"). */
export const zoneName = (timeZone: string) => timeZone.replace(/_/g, ' ');

/** Zones as a select's options, each labelled by its name. */
export const zoneOptions = (zones: readonly string[]) => zones.map((z) => ({ value: z, label: zoneName(z) }));

type Style = Intl.DateTimeFormatOptions;

/**
 * The platform's date styles: a locale writes a day one way and a moment one way, on every page, PDF and e-mail
 * ("December 31, 2026" and "December 31, 2026 at 11:59 PM"; "31. Dezember 2026 um 23:59"; "31 грудня 2026 р. о
 * 23:59"). Nothing else names a dateStyle, timeStyle or month format (`lib/time/date-styles.test.ts`).
 */
export const DATE_STYLE = {
  /** A calendar day. */
  day: { dateStyle: 'long' },
  /** A day and its time. */
  moment: { dateStyle: 'long', timeStyle: 'short' },
  /** A time of day, where the day is plain (a save a moment ago). */
  time: { timeStyle: 'short' },
  /** A month's heading in the calendar. */
  month: { month: 'long', year: 'numeric' },
  /** A weekday's column heading in the calendar. */
  weekday: { weekday: 'short' },
} as const satisfies Record<string, Style>;

// Building an Intl.DateTimeFormat costs far more than using one: a booster overview formats 200 days (issue 15's
// profile: 10% of its time went to the constructor). Locales, zones and styles are few, so every format is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(locale: string, options: Style): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** `instant` as text in the shown zone, e.g. "31. Dezember 2026 um 23:59 (Europe/Berlin)" for a viewer elsewhere. */
export function formatInstant(
  instant: Date | string,
  locale: string,
  zones: ZoneSources,
  style: Style = DATE_STYLE.moment,
): string {
  const { timeZone, isNamed } = shownZone(zones);
  // Intl names a zone only in a format built from parts; a dateStyle/timeStyle format gets the IANA name after it.
  const isStyled = style.dateStyle !== undefined || style.timeStyle !== undefined;
  const options: Style = { ...style, timeZone, ...(isNamed && !isStyled && { timeZoneName: 'long' }) };
  const text = formatterFor(locale, options).format(new Date(instant));
  return isNamed && isStyled ? `${text} (${zoneName(timeZone)})` : text;
}

/** A workshop's zone: the venue's own, else its host city's; with neither it has no time to show. */
export function workshopZone(w: { timeZone: string | null; hostCity?: { timeZone: string } | null }): string | null {
  return w.timeZone ?? w.hostCity?.timeZone ?? null;
}
