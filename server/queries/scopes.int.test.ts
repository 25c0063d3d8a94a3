import { beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { applicationScope, pairScope } from './scopes';
import { createApplication, createCall, createPair } from '@/prisma/factories';
import { can } from '@/lib/permissions';
import { applicationFacts, pairFacts } from '@/lib/resource-facts';
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

describe('the permission map and the scopes agree', () => {
  it('finds through applicationScope and pairScope exactly what can() lets each person read', async () => {
    const applicant = await makeActor();
    const partner = await makeActor();
    const stranger = await makeActor();
    const facilitator = await makeActor();
    const kharkivOfficial = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.kharkiv!.id,
      officialVerifiedAt: new Date(),
    });
    const minskOfficial = await makeActor({
      role: 'CITY_OFFICIAL',
      officialCityId: cities.minsk!.id,
      officialVerifiedAt: new Date(),
    });
    const unverified = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: cities.kharkiv!.id });
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const actors = {
      applicant,
      partner,
      stranger,
      facilitator,
      kharkivOfficial,
      minskOfficial,
      unverified,
      coordinator,
    };

    const selected = await createApplication(db, {
      callId,
      applicantId: applicant.id,
      partnerUserId: partner.id,
      status: 'SELECTED',
      applicantCityId: cities.kharkiv!.id,
      partnerCityId: cities.nuernberg!.id,
    });
    // The draft names Kharkiv as its partner city: Kharkiv's official must not see it before it is submitted.
    const draft = await createApplication(db, {
      callId: laterCallId,
      applicantId: applicant.id,
      partnerUserId: partner.id,
      applicantCityId: cities.minsk!.id,
      partnerCityId: cities.kharkiv!.id,
    });
    const strangers = await createApplication(db, {
      callId,
      applicantId: stranger.id,
      status: 'SUBMITTED',
      applicantCityId: cities.minsk!.id,
    });
    const pair = await createPair(db, {
      callId,
      applicationId: selected.id,
      cityAId: cities.kharkiv!.id,
      cityBId: cities.nuernberg!.id,
    });
    await db.workshopFacilitator.create({ data: { workshopId: pair.workshops[0]!.id, userId: facilitator.id } });

    const applications = await db.application.findMany({
      where: { id: { in: [selected.id, draft.id, strangers.id] } },
    });
    const pairs = await db.boosterPair.findMany({
      where: { id: pair.id },
      include: { application: true, workshops: { include: { facilitators: true } } },
    });
    for (const [name, actor] of Object.entries(actors)) {
      const found = await visibleIds(
        actor,
        applications.map((a) => a.id),
      );
      const allowed = applications.filter((a) => can(actor, 'application:read', applicationFacts(a))).map((a) => a.id);
      expect(found, `${name}'s applications`).toEqual(allowed.sort());

      const foundPairs = await db.boosterPair.findMany({
        where: { AND: [{ id: { in: pairs.map((p) => p.id) } }, pairScope(actor)] },
        select: { id: true },
      });
      const allowedPairs = pairs.filter((p) => can(actor, 'pair:read', pairFacts(p))).map((p) => p.id);
      expect(foundPairs.map((p) => p.id).sort(), `${name}'s pairs`).toEqual(allowedPairs.sort());
    }
    // The agreement is not vacuous: each side of the rule is reached by someone.
    expect(await visibleIds(kharkivOfficial, [selected.id, draft.id])).toEqual([selected.id]);
    expect(await visibleIds(minskOfficial, [draft.id, strangers.id])).toEqual([strangers.id]);
    expect(await visibleIds(partner, [selected.id, draft.id])).toEqual([selected.id, draft.id].sort());
    expect(can(facilitator, 'pair:read', pairFacts(pairs[0]!))).toBe(true);
    expect(can(stranger, 'pair:read', pairFacts(pairs[0]!))).toBe(false);
  });
});

describe("a pair's people follow its application", () => {
  it('lets a new partner follow the pair and the old one no longer, whatever is written on the pair', async () => {
    const applicant = await makeActor();
    const first = await makeActor();
    const second = await makeActor();
    const application = await createApplication(db, {
      callId,
      applicantId: applicant.id,
      partnerUserId: first.id,
      status: 'SELECTED',
      applicantCityId: cities.bonn!.id,
      partnerCityId: cities.kyiv!.id,
    });
    const pair = await createPair(db, {
      callId,
      applicationId: application.id,
      cityAId: cities.bonn!.id,
      cityBId: cities.kyiv!.id,
    });
    const follows = async (actor: Awaited<ReturnType<typeof makeActor>>) =>
      (await db.boosterPair.count({ where: { AND: [{ id: pair.id }, pairScope(actor)] } })) === 1;
    expect([await follows(applicant), await follows(first), await follows(second)]).toEqual([true, true, false]);

    await db.application.update({ where: { id: application.id }, data: { partnerUserId: second.id } });
    expect([await follows(first), await follows(second)]).toEqual([false, true]);

    // The copies are the triggers' to keep: a write to the pair cannot hand it to someone else.
    await db.boosterPair.update({ where: { id: pair.id }, data: { applicantId: second.id, partnerUserId: null } });
    expect(await db.boosterPair.findUniqueOrThrow({ where: { id: pair.id } })).toMatchObject({
      applicantId: applicant.id,
      partnerUserId: second.id,
    });
  });
});
