import 'server-only';
import { db } from '../db';
import { DEMO_EMAIL_DOMAIN } from './users';

/**
 * The demo mailbox is public, so it lists only mail to the seeded demo people: anyone else's sign-in
 * link or invitation would let a visitor act as them (issue 11).
 */
export async function listMailbox(limit = 100) {
  const demoPeople = await db.user.findMany({
    where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    select: { email: true },
  });
  return db.outboxEmail.findMany({
    where: { toEmail: { in: demoPeople.map((p) => p.email) } },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
}
