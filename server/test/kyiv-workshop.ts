import { db, makeActor, type seedCities } from './helpers';
import { scheduleWorkshop } from '../services/workshops';
import { createSelectedPair } from '@/prisma/factories';
import { isoDay } from '@/prisma/timeline';

/**
 * A Leipzig–Kyiv pair whose Kyiv initiative workshop a Russian-speaking coordinator has just scheduled, three
 * weeks from now: the German applicant and the Ukrainian partner (on Kyiv time) are told by e-mail.
 */
export async function scheduleKyivWorkshop(callId: string, cities: Awaited<ReturnType<typeof seedCities>>) {
  const coordinator = await makeActor({ role: 'COORDINATOR', locale: 'ru' });
  const applicant = await makeActor({ locale: 'de' });
  const partner = await makeActor({ locale: 'uk', timeZone: 'Europe/Kyiv' });
  const { pair } = await createSelectedPair(db, {
    callId,
    applicantId: applicant.id,
    partnerUserId: partner.id,
    cityAId: cities.leipzig!.id,
    cityBId: cities.kyiv!.id,
  });
  const workshop = pair.workshops.find((w) => w.stage === 'INITIATIVE_B')!;
  const day = isoDay(new Date(), 21);
  const saved = await scheduleWorkshop(coordinator, {
    workshopId: workshop.id,
    version: 1,
    startsAt: `${day}T10:00`,
    endsAt: `${day}T16:00`,
    timeZone: 'Europe/Kyiv',
    format: 'IN_PERSON',
    hostCityId: pair.cityBId,
    languages: ['DE', 'RU'],
    facilitatorIds: [],
  });
  return { coordinator, applicant, partner, pair, workshop, saved };
}
