/**
 * `npm run db:seed`: the demo data (prisma/seed-demo.ts) built around now, on an empty database only
 * (scripts/start.mjs checks too). SEED_NOW (an ISO instant) builds it around another day.
 */
import { db, disconnectDb } from '../server/db';
import { seedDemo } from './seed-demo';
import { DEMO_EMAIL_DOMAIN } from '../server/queries/users';

async function main() {
  if (await db.call.count()) {
    console.log('[seed] database already has data; nothing to do');
    return;
  }
  const now = process.env.SEED_NOW ? new Date(process.env.SEED_NOW) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`SEED_NOW is not a date: ${process.env.SEED_NOW}`);
  const made = await seedDemo(db, now);
  console.log(
    `[seed] ${made.cities} cities, ${made.editions} editions around ${now.toISOString()}, ` +
      `${made.materials} toolbox materials, demo people on @${DEMO_EMAIL_DOMAIN}`,
  );
}

main()
  .catch((error) => {
    console.error('[seed] failed', error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
