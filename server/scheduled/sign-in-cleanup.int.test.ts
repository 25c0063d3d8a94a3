import { describe, expect, it } from 'vitest';
import { db } from '../test/helpers';
import { requestSignInLink } from '../sign-in-link';
import { runIfDue } from './run';
import { signInCleanup } from './sign-in-cleanup';

describe('cleaning up unused sign-in requests', () => {
  it('leaves nothing of a request once it has expired, and keeps what still counts', async () => {
    const stale = `stale-${Date.now()}@example.org`;
    const fresh = `fresh-${Date.now()}@example.org`;
    await requestSignInLink({ email: stale, locale: 'ru' }, '10.5.0.1');
    await requestSignInLink({ email: fresh, locale: 'ru' }, '10.5.0.2');
    // Two hours later, as far as the stale request is concerned.
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await db.verificationToken.updateMany({ where: { identifier: stale }, data: { expires: twoHoursAgo } });
    await db.outboxEmail.updateMany({ where: { toEmail: stale }, data: { createdAt: twoHoursAgo } });
    await db.rateLimitBucket.create({
      data: { key: 'signin:email:old', windowStart: new Date(Date.now() - 3 * 3_600_000), count: 1 },
    });

    await db.scheduledJobLease.deleteMany({ where: { name: signInCleanup.name } });
    expect(await runIfDue(signInCleanup)).toBe(true);

    expect(await db.verificationToken.count({ where: { identifier: stale } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { toEmail: stale } })).toBe(0);
    expect(await db.rateLimitBucket.count({ where: { key: 'signin:email:old' } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: fresh } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toEmail: fresh } })).toBe(1);
    // This hour's buckets still limit requests.
    expect(
      await db.rateLimitBucket.count({ where: { windowStart: { gte: new Date(Date.now() - 3_600_000) } } }),
    ).toBeGreaterThan(0);
  });
});
