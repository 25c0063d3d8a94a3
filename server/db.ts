import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { DEFAULT_PATIENCE, PatientPool, type Patience } from './db-pool';
import { withoutControlChars } from '@/lib/validation/text';

import type { Prisma } from './generated/prisma/client';

export type { Prisma } from './generated/prisma/client';

/**
 * An interactive transaction's client. The global `db` is not one (it has `$connect`), so a helper
 * typed with `Tx` cannot be handed `db` by mistake: its writes land in the caller's transaction, and on
 * the embedded database (one connection) it never waits for a second connection inside a transaction.
 */
export type Tx = Prisma.TransactionClient & { $connect?: never };

const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

/**
 * A Prisma client on its own patient pool. The app uses the one `db` below; scripts and tests that
 * need a second database (or a pool of a given size) make theirs here, so there is one recipe.
 */
export function createDbClient(options: { url: string; max?: number; patience?: Partial<Patience> }): PrismaClient {
  const pool = new PatientPool(
    { connectionString: options.url, max: options.max ?? 10 },
    { ...DEFAULT_PATIENCE, ...options.patience },
  );
  const base = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // PostgreSQL refuses NUL in text (error 22021, a 500): an id or slug from a URL path such as
  // /api/applications/%00/pdf reaches a query without any schema. Strings in every query's arguments
  // lose their control characters here, as form input does in parseInput (lib/validation/text.ts).
  return base.$extends({
    query: { $allModels: { $allOperations: ({ args, query }) => query(withoutControlChars(args)) } },
  }) as unknown as PrismaClient;
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  // The embedded database serves one connection at a time (DB_POOL_MAX=1 there).
  const max = Number(process.env.DB_POOL_MAX ?? 10) || 10;
  return createDbClient({ url, max });
}

function client(): PrismaClient {
  globalForPrisma.__prisma ??= createClient();
  return globalForPrisma.__prisma;
}

/** The only Prisma client of the app. Created on first use so that `next build` needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const value = Reflect.get(client(), prop);
    return typeof value === 'function' ? value.bind(client()) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.__prisma?.$disconnect();
  globalForPrisma.__prisma = undefined;
}
