import 'server-only';
import { db } from '../db';
import { getEnv } from '../env';

export type ScheduledJob = {
  /** Stable name: the key of the job's lease row. */
  name: string;
  /** How often the job runs, across all instances (JOBS_PERIOD_MS overrides it for fault tests). */
  everyMs: number;
  run: (now: Date) => Promise<void>;
};

const LEASE_MS = 5 * 60_000;

/**
 * Runs the job if it is due and no other instance holds its lease. The claim is one atomic
 * UPDATE on the job's row, so it needs no connection held open while the job works (the
 * embedded database serves one connection at a time). A crashed run frees the lease when it
 * expires. Jobs must stay idempotent anyway: their e-mails carry outbox dedupe keys.
 */
export async function runIfDue(job: ScheduledJob, now = new Date()): Promise<boolean> {
  const { JOBS_PERIOD_MS, LEASE_MS: leaseMs = LEASE_MS } = getEnv();
  const everyMs = JOBS_PERIOD_MS ?? job.everyMs;
  const never = new Date(0);
  await db.$executeRaw`
    INSERT INTO "ScheduledJobLease" ("name", "nextRunAt", "leasedUntil") VALUES (${job.name}, ${never}, ${never})
    ON CONFLICT ("name") DO NOTHING`;
  const claimed = await db.$executeRaw`
    UPDATE "ScheduledJobLease"
    SET "leasedUntil" = ${new Date(now.getTime() + leaseMs)}, "runs" = "runs" + 1
    WHERE "name" = ${job.name} AND "nextRunAt" <= ${now} AND "leasedUntil" <= ${now}`;
  if (claimed === 0) return false;
  let lastError: string | null = null;
  try {
    await job.run(now);
  } catch (error) {
    lastError = (error as Error).message.slice(0, 2000);
    throw error;
  } finally {
    await db.scheduledJobLease.update({
      where: { name: job.name },
      data: { leasedUntil: new Date(0), lastRunAt: now, lastError, nextRunAt: new Date(now.getTime() + everyMs) },
    });
  }
  return true;
}
