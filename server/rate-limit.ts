import 'server-only';
import { db } from './db';

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
