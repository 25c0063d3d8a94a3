import 'server-only';
import { CITY_WITH_COUNTRY } from './cities';
import { db } from '../db';
import type { Actor } from '@/lib/permissions';

// Callers have checked 'application:review' (coordinators); scoping below follows the conflict rule.

export async function listHeldEmails() {
  return db.outboxEmail.findMany({ where: { status: 'HELD' }, orderBy: { createdAt: 'asc' }, take: 500 });
}

export async function listDecisionTemplates() {
  return db.decisionTemplate.findMany();
}

/** Published decisions on the person's own applications, for their dashboard. */
export async function listPublishedDecisionsFor(actor: Actor) {
  if (actor.role === 'COORDINATOR') return [];
  return db.decision.findMany({
    where: {
      publishedAt: { not: null },
      application: { OR: [{ applicantId: actor.id }, { partnerUserId: actor.id }] },
    },
    orderBy: { publishedAt: 'desc' },
    select: {
      id: true,
      outcome: true,
      publishedAt: true,
      application: {
        select: {
          id: true,
          call: { select: { year: true } },
          applicantCity: CITY_WITH_COUNTRY,
          partnerCity: CITY_WITH_COUNTRY,
          pair: { select: { id: true } },
        },
      },
    },
  });
}
