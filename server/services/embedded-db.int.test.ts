// The embedded database (PGlite behind pglite-socket, one connection) is what `npm start` runs without
// DATABASE_URL. There, a query on the shared client inside an interactive transaction waits for ever,
// so this file runs changes with audit rows and e-mails on it: a stray `db` call would hang the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { disconnectDb } from '../db';
import { inviteCoordinator } from './people';
import { cancelWorkshop, scheduleWorkshop } from './workshops';
import { requestSignInLink } from '../sign-in-link';
import { createCall, createSelectedPair } from '@/prisma/factories';
import { daysFrom, editionDates, isoDay } from '@/prisma/timeline';
// @ts-expect-error plain ESM helper shared with scripts/start.mjs
import { startEmbeddedDb } from '../../scripts/embedded-db.mjs';
// @ts-expect-error plain ESM helper shared with the npm scripts
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
const local = (days: number, time: string) => `${isoDay(now, days)}T${time}`;

describe('on the embedded database (PGlite, one connection)', () => {
  it('runs on PGlite itself', async () => {
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(version).toMatch(/PostgreSQL 1[6-9]/);
    expect(process.env.DATABASE_URL).toBe(embedded!.url);
  });

  it('schedules and cancels a workshop with its audit rows and e-mails, in one transaction each', async () => {
    const cities = await seedCities();
    const call = await createCall(db, editionDates(daysFrom(now, 152), 'decided'));
    const coordinator = await makeActor({ role: 'COORDINATOR', locale: 'ru' });
    const applicant = await makeActor({ locale: 'de' });
    const partner = await makeActor({ locale: 'uk', timeZone: 'Europe/Kyiv' });
    const { pair } = await createSelectedPair(db, {
      callId: call.id,
      applicantId: applicant.id,
      partnerUserId: partner.id,
      cityAId: cities.leipzig!.id,
      cityBId: cities.kyiv!.id,
    });
    const workshop = pair.workshops.find((w) => w.stage === 'INITIATIVE_B')!;
    const saved = await scheduleWorkshop(coordinator, {
      workshopId: workshop.id,
      version: 1,
      startsAt: local(21, '10:00'),
      endsAt: local(21, '16:00'),
      timeZone: 'Europe/Kyiv',
      format: 'IN_PERSON',
      hostCityId: pair.cityBId,
      languages: ['DE', 'RU'],
      facilitatorIds: [],
    });
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
