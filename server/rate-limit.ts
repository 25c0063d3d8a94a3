import 'server-only';
import { createHmac } from 'node:crypto';
import { db } from './db';
import { getEnv } from './env';

/**
 * A bucket key that names no one: an HMAC of the value (e-mail address, IP) keyed with the app's
 * secret, so the table holds no address and a leaked table cannot be matched against a list of them.
 */
export function rateLimitKey(scope: string, value: string): string {
  return `${scope}:${createHmac('sha256', getEnv().NEXTAUTH_SECRET).update(`${scope}:${value}`).digest('hex')}`;
}

/**
 * Fixed-window counter in PostgreSQL, so a limit holds across app instances.
 * Returns whether this hit is still within the limit.
 */
export async function hitRateLimit(key: string, limit: number, windowMinutes: number): Promise<boolean> {
  const windowMs = windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) <= limit;
}

export async function pruneRateLimits(olderThan: Date): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: olderThan } } });
}
