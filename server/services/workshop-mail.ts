import 'server-only';
import { placeLine } from '@/lib/booster/place';
import { workshopZone } from '@/lib/time/format';
import type { Tx } from '../db';
import { queueEmail } from '../mail';
import { composeEmail, formatMailDate } from '../mail-compose';
import { translatorFor } from '../translator';
import { getEnv } from '../env';
import { cityName } from '@/lib/cities/city-name';
import type { AppLocale } from '@/i18n/routing';

export type WorkshopMailKind = 'scheduled' | 'moved' | 'cancelled' | 'reminder';

type Recipient = { id: string; email: string; locale: AppLocale; timeZone: string | null };

const RECIPIENT = { select: { id: true, email: true, locale: true, timeZone: true } } as const;

/** The pair's people (applicant, partner contact, verified officials of both cities) and the workshop's facilitators. */
async function recipientsOf(tx: Tx, workshopId: string) {
  const w = await tx.workshop.findUnique({
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
  const officials = await tx.user.findMany({
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

/**
 * Queues one e-mail per person in the caller's transaction, each in their own language, with the time
 * in the venue's zone, named (and theirs beside it). `dedupe` makes a retried or repeated call queue
 * nothing new.
 */
export async function queueWorkshopMail(
  tx: Tx,
  workshopId: string,
  kind: WorkshopMailKind,
  dedupe: string,
): Promise<number> {
  const found = await recipientsOf(tx, workshopId);
  if (!found) return 0;
  const { workshop: w, recipients } = found;
  // The workshop's own zone; a workshop saved without one is in its host city's (an online one in city A's).
  const zone = workshopZone(w) ?? w.pair.cityA.timeZone;
  for (const r of recipients) {
    const t = translatorFor(r.locale);
    let when = w.startsAt ? formatMailDate(w.startsAt, r.locale, zone) : '';
    if (w.startsAt && r.timeZone && r.timeZone !== zone) {
      when += ` (${t('workshops.email.yourTime', { time: formatMailDate(w.startsAt, r.locale, r.timeZone) })})`;
    }
    const place = placeLine(w, r.locale, t('workshops.online'));
    const mail = composeEmail({
      key: `workshops.email.${kind}`,
      locale: r.locale,
      timeZone: zone,
      values: {
        stage: t(`stages.${w.stage}.title`),
        pair: `${cityName(w.pair.cityA, r.locale)} – ${cityName(w.pair.cityB, r.locale)}`,
        when,
        place,
        link: new URL(`/${r.locale}/pairs/${w.pairId}`, getEnv().NEXTAUTH_URL).toString(),
        reason: w.cancelReason ?? '',
      },
    });
    await queueEmail(tx, {
      to: r.email,
      locale: r.locale,
      kind: `workshop-${kind}`,
      ...mail,
      dedupeKey: `workshop-${kind}:${dedupe}:${r.id}`,
    });
  }
  return recipients.length;
}
