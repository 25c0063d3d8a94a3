import 'server-only';
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
      officialCity: { select: { nameEn: true, nameDe: true, nameRu: true, nameUk: true } },
    },
  });
}

export async function findDemoUser(id: string) {
  return db.user.findFirst({ where: { id, email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } } });
}
