import 'server-only';
import { JOB_NAMES } from './names';
import { db } from '../db';
import { getEnv } from '../env';
import { pruneRateLimits } from '../rate-limit';
import { LINK_MAX_AGE_MS } from '../sign-in-link';
import type { ScheduledJob } from './run';

/**
 * An unused sign-in request leaves nothing behind once it expires: its token, the e-mail that
 * carried it, and rate-limit windows that no longer count. Used links are deleted by next-auth.
 */
export async function cleanUpSignInRequests(now: Date): Promise<void> {
  await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  await db.outboxEmail.deleteMany({
    where: { kind: 'sign-in', createdAt: { lt: new Date(now.getTime() - LINK_MAX_AGE_MS) } },
  });
  // A bucket counts only within its window; one window more keeps the one just ended for no purpose but safety.
  await pruneRateLimits(new Date(now.getTime() - 2 * getEnv().SIGNIN_LIMIT_WINDOW_MINUTES * 60_000));
}

export const signInCleanup: ScheduledJob = {
  name: JOB_NAMES.signInCleanup,
  everyMs: 10 * 60_000,
  run: cleanUpSignInRequests,
};
