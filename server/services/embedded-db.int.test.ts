// The embedded database (PGlite behind pglite-socket, one connection) is what `npm start` runs without
// DATABASE_URL. There, a query on the shared client inside an interactive transaction waits for ever,
// so this file runs changes with audit rows and e-mails on it: a stray `db` call would hang the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { scheduleKyivWorkshop } from '../test/kyiv-workshop';
import { disconnectDb } from '../db';
import { inviteCoordinator } from './people';
import { cancelWorkshop } from './workshops';
import { requestSignInLink } from '../sign-in-link';
import { createCall } from '@/prisma/factories';
import { daysFrom, editionDates } from '@/prisma/timeline';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { startEmbeddedDb } from '../../scripts/embedded-db.mjs';
import { prismaMigrateDeploy } from '../../scripts/lib.mjs';

type Embedded = { url: string; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const saved = { url: process.env.DATABASE_URL, max: process.env.DB_POOL_MAX };
const dataDir = mkdtempSync(join(tmpdir(), 'twincity-pglite-'));
let embedded: Embedded | undefined;

beforeAll(async () => {
  embedded = (await startEmbeddedDb({ dataDir, port: await freePort() })) as Embedded;
  // Migrated as scripts/start.mjs does, before the app's client connects (one connection at a time).
  await prismaMigrateDeploy({ ...process.env, DATABASE_URL: embedded.url });
  await disconnectDb();
  process.env.DATABASE_URL = embedded.url;
  process.env.DB_POOL_MAX = '1';
}, 180_000);

afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = saved.url;
  process.env.DB_POOL_MAX = saved.max;
  await embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const now = new Date();

describe('on the embedded database (PGlite, one connection)', () => {
  it('runs on PGlite itself', async () => {
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(version).toMatch(/PostgreSQL 1[6-9]/);
    expect(process.env.DATABASE_URL).toBe(embedded!.url);
  });

  it('schedules and cancels a workshop with its audit rows and e-mails, in one transaction each', async () => {
    const cities = await seedCities();
    const call = await createCall(db, editionDates(daysFrom(now, 152), 'decided'));
    const { coordinator, applicant, partner, workshop, saved } = await scheduleKyivWorkshop(call.id, cities);
    await cancelWorkshop(coordinator, { workshopId: workshop.id, version: saved.version, reason: 'Flooded hall' });

    const actions = await db.auditEvent.findMany({ where: { entityId: workshop.id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['workshop.schedule', 'workshop.cancel']);
    const mails = await db.outboxEmail.findMany({ where: { dedupeKey: { contains: workshop.id } } });
    expect(
      mails
        .filter((m) => m.kind === 'workshop-scheduled')
        .map((m) => m.toEmail)
        .sort(),
    ).toEqual([applicant.email, partner.email].sort());
    const cancelled = mails.find((m) => m.kind === 'workshop-cancelled' && m.toEmail === partner.email)!;
    expect(cancelled.locale).toBe('uk');
    expect(cancelled.text).toContain('Flooded hall');
  });

  it('invites a coordinator and sends a sign-in link, each with its row and its e-mail', async () => {
    const anna = await makeActor({ role: 'COORDINATOR' });
    const email = `ira-${Date.now()}@example.org`;
    await inviteCoordinator(anna, { email, name: 'Ira', locale: 'uk' });
    expect(await db.roleGrant.count({ where: { email } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: anna.id, action: 'coordinator.invite' } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toEmail: email, kind: 'coordinator-invite' } })).toBe(1);

    await requestSignInLink({ email, locale: 'uk' }, '10.9.0.1');
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    const link = await db.outboxEmail.findFirstOrThrow({ where: { toEmail: email, kind: 'sign-in' } });
    expect(link.html).toContain('/uk/signin/confirm');
  });
});
