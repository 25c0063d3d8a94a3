import 'server-only';
import { CITY_NAMES } from './cities';
import { db } from '../db';

export const DEMO_EMAIL_DOMAIN = 'demo.twincity.example';

/** Demo people are the seeded accounts on the reserved demo domain. */
export async function listDemoUsers() {
  return db.user.findMany({
    where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    orderBy: [{ role: 'desc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      officialCity: { select: CITY_NAMES },
    },
  });
}

export async function findDemoUser(id: string) {
  return db.user.findFirst({ where: { id, email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } });
}

/** The programme's coordinators, by name: reviewers, facilitators and the people page all list them from here. */
export async function listCoordinators() {
  return db.user.findMany({
    where: { role: 'COORDINATOR' },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true },
  });
}
