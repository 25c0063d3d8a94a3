import { afterAll, describe, expect, it } from 'vitest';
import { createDbClient, db } from '@/server/db';
import { isDatabaseUnavailable, runAction } from '@/server/errors';

// An action whose database goes away answers UNAVAILABLE ("may not have been saved, try again"), never
// INTERNAL ("something went wrong") and never ok: the fault test (scripts/faults.ts) counts on it.
describe('runAction when the database is out of reach', () => {
  const impatient = { connectTimeoutMs: 500, attempts: 1, retryDelayMs: 10 };
  const unreachable = createDbClient({ url: 'postgresql://postgres@127.0.0.1:1/none', patience: impatient });
  const own = createDbClient({ url: process.env.DATABASE_URL!, max: 1, patience: impatient });
  afterAll(async () => {
    await unreachable.$disconnect();
    await own.$disconnect();
  });

  it('answers UNAVAILABLE when no connection can be made', async () => {
    const result = await runAction(() => unreachable.user.count());
    expect(result).toEqual({ ok: false, code: 'UNAVAILABLE' });
  });

  it('answers UNAVAILABLE when the server ends the connection in the middle of a query', async () => {
    const [{ pid }] = await own.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const running = runAction(() => own.$queryRaw`SELECT pg_sleep(10)`);
    // The shared server's administrator (here: the test) ends that backend, as a shutdown or a crash would.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    expect(await running).toEqual({ ok: false, code: 'UNAVAILABLE' });
  });

  it('still answers INTERNAL for a fault of our own, and ok when the database answers', async () => {
    expect(await runAction(() => Promise.reject(new Error('a bug')))).toEqual({ ok: false, code: 'INTERNAL' });
    expect(await runAction(() => db.user.count())).toMatchObject({ ok: true });
  });

  it('recognises a lost connection by code or message, also when it is wrapped', () => {
    expect(isDatabaseUnavailable({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P1001' })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ code: 'P2010', meta: { driverAdapterError: { cause: { code: '08006' } } } })).toBe(
      true,
    );
    // A unique violation or a bad value is the request's own problem: retrying will not help.
    expect(isDatabaseUnavailable({ code: 'P2002' })).toBe(false);
    expect(isDatabaseUnavailable({ code: '22021' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('a bug'))).toBe(false);
  });
});
