import { beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { applicationScope } from './scopes';
import { createApplication, createCall } from '@/prisma/factories';
import { editionDates } from '@/prisma/timeline';

let cities: Awaited<ReturnType<typeof seedCities>>;
let callId: string;
let laterCallId: string;
beforeAll(async () => {
  cities = await seedCities();
  const now = new Date();
  callId = (await createCall(db, editionDates(now, 'review'))).id;
  // One application per applicant and edition: Alice's second one belongs to a later edition.
  laterCallId = (await createCall(db, editionDates(now, 'open'))).id;
});

async function visibleIds(actor: Awaited<ReturnType<typeof makeActor>>, ids: string[]) {
  const rows = await db.application.findMany({
    where: { AND: [{ id: { in: ids } }, applicationScope(actor)] },
    select: { id: true },
  });
  return rows.map((r) => r.id).sort();
}

describe('who sees which application', () => {
  it("shows applicants their own, officials their city's submitted ones, coordinators all", async () => {
    const alice = await makeActor();
    const bob = await makeActor();
    const partner = await makeActor();
    const official = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.kharkiv!.id,
      officialVerifiedAt: new Date(),
    });
    const unverified = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: cities.kharkiv!.id });
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const draft = await createApplication(db, {
      callId: laterCallId,
      applicantId: alice.id,
      applicantCityId: cities.kharkiv!.id,
    });
    const submitted = await createApplication(db, {
      callId,
      applicantId: alice.id,
      partnerUserId: partner.id,
      status: 'SUBMITTED',
      applicantCityId: cities.nuernberg!.id,
      partnerCityId: cities.kharkiv!.id,
    });
    const bobs = await createApplication(db, {
      callId,
      applicantId: bob.id,
      status: 'SUBMITTED',
      applicantCityId: cities.minsk!.id,
    });
    const all = [draft.id, submitted.id, bobs.id];

    expect(await visibleIds(alice, all)).toEqual([draft.id, submitted.id].sort());
    expect(await visibleIds(bob, all)).toEqual([bobs.id]);
    expect(await visibleIds(partner, all)).toEqual([submitted.id]);
    expect(await visibleIds(official, all)).toEqual([submitted.id]);
    expect(await visibleIds(unverified, all)).toEqual([]);
    expect(await visibleIds(coordinator, all)).toEqual(all.sort());
  });
});
