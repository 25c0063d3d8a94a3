import 'server-only';
import { CITY_NAMES } from './cities';
import { db } from '../db';
import { applicationScope, pairScope } from './scopes';
import type { Actor } from '@/lib/permissions';

const CITY = { select: CITY_NAMES } as const;

export async function getDashboard(actor: Actor) {
  const [applications, pairs, counts, officialCity] = await Promise.all([
    db.application.findMany({
      where: actor.role === 'COORDINATOR' ? { applicantId: actor.id } : applicationScope(actor),
      orderBy: { updatedAt: 'desc' },
      take: 20,
      select: {
        id: true,
        callId: true,
        applicantId: true,
        status: true,
        submittedAt: true,
        updatedAt: true,
        call: { select: { slug: true, year: true, deadlineTimeZone: true } },
        applicantCity: CITY,
        partnerCity: CITY,
        partnerConfirmedAt: true,
        endorsements: { where: { status: 'CONFIRMED' }, select: { id: true } },
      },
    }),
    db.boosterPair.findMany({
      where: actor.role === 'COORDINATOR' ? { status: 'ACTIVE' } : pairScope(actor),
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: {
        id: true,
        status: true,
        call: { select: { year: true } },
        cityA: CITY,
        cityB: CITY,
        workshops: { select: { stage: true, status: true }, orderBy: { stage: 'asc' } },
      },
    }),
    actor.role === 'COORDINATOR'
      ? Promise.all([
          db.application.count({ where: { status: { in: ['SUBMITTED', 'UNDER_REVIEW'] } } }),
          db.user.count({ where: { role: 'CITY_OFFICIAL', officialVerifiedAt: null, officialCityId: { not: null } } }),
          db.outboxEmail.count({ where: { status: 'HELD' } }),
        ])
      : Promise.resolve(null),
    // The city an official acts for (verified or still waiting), for the line that says where they stand.
    actor.officialCityId
      ? db.city.findUnique({ where: { id: actor.officialCityId }, select: CITY_NAMES })
      : Promise.resolve(null),
  ]);
  return {
    applications,
    pairs,
    officialCity,
    coordinator: counts && { toReview: counts[0], officialsToVerify: counts[1], heldEmails: counts[2] },
  };
}
