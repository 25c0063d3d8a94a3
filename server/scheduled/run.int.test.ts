import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { runIfDue, type ScheduledJob } from './run';
import { SCHEDULED_JOBS } from '.';
import { JOB_NAMES } from './names';

describe('scheduled jobs', () => {
  it('are exactly the jobs JOB_NAMES names, each once (the bench marks them as run by these names)', () => {
    expect(SCHEDULED_JOBS.map((j) => j.name).sort()).toEqual(Object.values(JOB_NAMES).sort());
  });

  beforeEach(async () => {
    await db.scheduledJobLease.deleteMany();
  });

  it('runs a due job once even when two instances try at the same moment', async () => {
    let runs = 0;
    const job: ScheduledJob = {
      name: 'test-once',
      everyMs: 60_000,
      run: async () => {
        runs += 1;
        await new Promise((r) => setTimeout(r, 50));
      },
    };
    const now = new Date();
    const results = await Promise.all([runIfDue(job, now), runIfDue(job, now), runIfDue(job, now)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(runs).toBe(1);
    // Not due again until its interval has passed.
    expect(await runIfDue(job, new Date(now.getTime() + 30_000))).toBe(false);
    expect(await runIfDue(job, new Date(now.getTime() + 61_000))).toBe(true);
    expect(runs).toBe(2);
    // The lease row counts the runs across instances, which the fault test compares with the periods.
    expect((await db.scheduledJobLease.findUniqueOrThrow({ where: { name: 'test-once' } })).runs).toBe(2);
  });

  it('records a failure, frees the lease and tries again when next due', async () => {
    const job: ScheduledJob = { name: 'test-fail', everyMs: 1_000, run: async () => Promise.reject(new Error('boom')) };
    const now = new Date();
    await expect(runIfDue(job, now)).rejects.toThrow('boom');
    const row = await db.scheduledJobLease.findUniqueOrThrow({ where: { name: 'test-fail' } });
    expect(row.lastError).toBe('boom');
    expect(row.leasedUntil.getTime()).toBe(0);
    await expect(runIfDue(job, new Date(now.getTime() + 2_000))).rejects.toThrow('boom');
  });
});
