import { describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { getEditionForReview } from './review';
import { createApplication, createCall, createSelectedPair } from '@/prisma/factories';
import { editionDates } from '@/prisma/timeline';

describe("an edition's header counts", () => {
  it('counts applications, selected and unpublished decisions and running pairs, leaving withdrawn ones out', async () => {
    const cities = await seedCities();
    const call = await createCall(db, { ...editionDates(new Date(), 'review'), slug: `counts-${Date.now()}` });
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const apply = async (status: 'SUBMITTED' | 'WITHDRAWN') =>
      createApplication(db, {
        callId: call.id,
        applicantId: (await makeActor()).id,
        status,
        applicantCityId: cities.bonn!.id,
        partnerCityId: cities.kyiv!.id,
      });
    const decide = (applicationId: string, outcome: 'SELECTED' | 'DECLINED', published: boolean) =>
      db.decision.create({
        data: { applicationId, outcome, decidedById: coordinator.id, publishedAt: published ? new Date() : null },
      });
    const [a, b, c] = [await apply('SUBMITTED'), await apply('SUBMITTED'), await apply('WITHDRAWN')];
    await decide(a.id, 'SELECTED', false);
    await decide(b.id, 'DECLINED', false);
    await decide(c.id, 'SELECTED', false); // withdrawn: neither selected nor waiting to be published
    const { application } = await createSelectedPair(db, {
      callId: call.id,
      applicantId: (await makeActor()).id,
      cityAId: cities.leipzig!.id,
      cityBId: cities.kharkiv!.id,
    });
    await decide(application.id, 'SELECTED', true);

    const edition = await getEditionForReview(call.id, 'uk');
    expect(edition).toMatchObject({ applications: 4, selected: 2, unpublished: 2, activePairs: 1 });
    expect(await getEditionForReview('no-such-edition', 'uk')).toBeNull();
  });
});
