import { afterEach, describe, expect, it } from 'vitest';
import { createDbClient } from './db';
import type { PrismaClient } from './generated/prisma/client';

const url = process.env.DATABASE_URL!;
const clients: PrismaClient[] = [];
const make = (patience: Parameters<typeof createDbClient>[0]['patience']) => {
  const client = createDbClient({ url, max: 1, patience });
  clients.push(client);
  return client;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.$disconnect()));
});

// The embedded database serves one connection: a query that waits for it must not fail because a
// seed step or a request held it for longer than one connect timeout (a busy machine).
describe('connecting patiently', () => {
  it('a pool of one waits while its connection is held and answers once it is released', async () => {
    const db = make({ connectTimeoutMs: 500, attempts: 8, retryDelayMs: 100 });
    const holding = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        await sleep(1_500);
        return 'released';
      },
      { timeout: 10_000 },
    );
    await sleep(100);
    const waiting = db.$queryRaw<{ n: number }[]>`SELECT 2::int AS n`;
    await expect(holding).resolves.toBe('released');
    await expect(waiting).resolves.toEqual([{ n: 2 }]);
  });

  it('without patience the same wait fails, as it did with one 5 s attempt on a loaded machine', async () => {
    const db = make({ connectTimeoutMs: 500, attempts: 1 });
    const holding = db.$transaction(async () => sleep(1_500), { timeout: 10_000 });
    await sleep(100);
    await expect(db.$queryRaw`SELECT 2`).rejects.toThrow(/timeout/i);
    await holding;
  });

  it('a database that does not exist is reported at once, not retried', async () => {
    const missing = new URL(url);
    missing.pathname = '/twincity_no_such_database';
    const db = createDbClient({ url: missing.toString(), max: 1, patience: { attempts: 20, retryDelayMs: 1_000 } });
    clients.push(db);
    const started = Date.now();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
