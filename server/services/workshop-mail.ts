import 'server-only';
import { db } from '../db';
import { queueEmail } from '../mail';
import { translatorFor } from '../translator';
import { getEnv } from '../env';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';

export type WorkshopMailKind = 'scheduled' | 'moved' | 'cancelled' | 'reminder';

type Recipient = { id: string; email: string; locale: AppLocale; timeZone: string | null };

const RECIPIENT = { select: { id: true, email: true, locale: true, timeZone: true } } as const;

/** The pair's people (applicant, partner contact, verified officials of both cities) and the workshop's facilitators. */
async function recipientsOf(workshopId: string) {
  const w = await db.workshop.findUnique({
    where: { id: workshopId },
    include: {
      hostCity: true,
      facilitators: { include: { user: RECIPIENT } },
      pair: {
        include: {
          cityA: true,
          cityB: true,
          application: { include: { applicant: RECIPIENT, partnerUser: RECIPIENT } },
        },
      },
    },
  });
  if (!w) return null;
  const officials = await db.user.findMany({
    where: {
      role: 'CITY_OFFICIAL',
      officialVerifiedAt: { not: null },
      officialCityId: { in: [w.pair.cityAId, w.pair.cityBId] },
    },
    ...RECIPIENT,
  });
  const all: Recipient[] = [
    w.pair.application.applicant,
    w.pair.application.partnerUser,
    ...officials,
    ...w.facilitators.map((f) => f.user),
  ].filter((r): r is Recipient => !!r);
  const unique = [...new Map(all.map((r) => [r.id, r])).values()];
  return { workshop: w, recipients: unique };
}

function formatIn(instant: Date, timeZone: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
}

/**
 * Queues one e-mail per person, each in their own language and with times in the venue's zone
 * (and theirs beside it). `dedupe` makes a retried or repeated call queue nothing new.
 */
export async function queueWorkshopMail(workshopId: string, kind: WorkshopMailKind, dedupe: string): Promise<number> {
  const found = await recipientsOf(workshopId);
  if (!found) return 0;
  const { workshop: w, recipients } = found;
  for (const r of recipients) {
    const t = translatorFor(r.locale);
    const pairName = `${cityName(w.pair.cityA, r.locale)} – ${cityName(w.pair.cityB, r.locale)}`;
    const stage = t(`stages.${w.stage}.title`);
    const zone = w.timeZone ?? 'Europe/Berlin';
    let when = w.startsAt ? formatIn(w.startsAt, zone, r.locale) : '';
    if (w.startsAt && r.timeZone && r.timeZone !== zone) {
      when += ` (${t('workshops.email.yourTime', { time: formatIn(w.startsAt, r.timeZone, r.locale) })})`;
    }
    const place = w.hostCity
      ? [cityName(w.hostCity, r.locale), w.venueName, w.venueAddress].filter(Boolean).join(', ')
      : t('workshops.online');
    const link = new URL(`/${r.locale}/pairs/${w.pairId}`, getEnv().NEXTAUTH_URL).toString();
    const values = { stage, pair: pairName, when, place, link, reason: w.cancelReason ?? '' };
    await queueEmail({
      to: r.email,
      locale: r.locale,
      kind: `workshop-${kind}`,
      subject: t(`workshops.email.${kind}.subject`, values),
      text: t(`workshops.email.${kind}.text`, values),
      dedupeKey: `workshop-${kind}:${dedupe}:${r.id}`,
    });
  }
  return recipients.length;
}
