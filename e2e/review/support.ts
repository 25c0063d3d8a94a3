import { db } from '../../server/db';
import { createApplication, createCall, createUser, upsertCity } from '../../prisma/factories';
import { SEED_CITIES } from '../../prisma/seed-data/cities';
import { DEFAULT_CRITERIA } from '../../prisma/seed-data/calls';
import { uniqueEmail } from '../fixtures';
import { editionDates } from '../../prisma/timeline';

const city = (slug: string) =>
  upsertCity(
    db,
    SEED_CITIES.find((c) => c.slug === slug)!,
  );

/**
 * An edition whose deadline has passed with one submitted application between two cities:
 * a Russian-speaking applicant, an English-speaking partner, an endorsing official of city A
 * and a (non-endorsing) official of city B.
 */
export async function reviewableEdition(a = 'chemnitz', b = 'volgograd') {
  const [cityA, cityB] = await Promise.all([city(a), city(b)]);
  const call = await createCall(db, {
    ...editionDates(new Date(), 'closed'),
    pairsToSelect: 1,
  });
  await db.reviewCriterion.createMany({
    data: DEFAULT_CRITERIA.map((c, position) => ({ callId: call.id, position, ...c })),
  });
  const applicant = await createUser(db, {
    email: uniqueEmail('applicant-ru'),
    name: 'Дмитрий Заявитель',
    locale: 'ru',
  });
  const partner = await createUser(db, { email: uniqueEmail('partner-en'), name: 'Paula Partner', locale: 'en' });
  const officialA = await createUser(db, {
    email: uniqueEmail('official-a'),
    name: 'Ortwin Official',
    role: 'CITY_OFFICIAL',
    locale: 'en',
    officialCityId: cityA.id,
    officialVerifiedAt: new Date(),
  });
  const officialB = await createUser(db, {
    email: uniqueEmail('official-b'),
    name: 'Олена Посадова',
    role: 'CITY_OFFICIAL',
    locale: 'uk',
    officialCityId: cityB.id,
    officialVerifiedAt: new Date(),
  });
  const app = await createApplication(db, {
    callId: call.id,
    applicantId: applicant.id,
    partnerUserId: partner.id,
    partnerConfirmedAt: new Date(),
    status: 'SUBMITTED',
    applicantType: 'TWINNING_ASSOCIATION',
    applicantCityId: cityA.id,
    partnerCityId: cityB.id,
    partnershipStatus: 'TWINNED',
    contactName: 'Дмитрий Заявитель',
    contactEmail: applicant.email,
    answerWho: 'Мы — общество дружбы городов.',
    answerHopes: 'Молодёжные обмены.',
    answerMotivation: 'Хотим учиться вместе.',
    answerLanguage: 'ru',
    selfDeclaration: true,
    selfDeclaredAt: new Date(),
    submittedAt: new Date(),
  });
  await db.endorsement.create({
    data: {
      applicationId: app.id,
      cityId: cityA.id,
      officialId: officialA.id,
      status: 'CONFIRMED',
      confirmedAt: new Date(),
    },
  });
  return { call, app, applicant, partner, officialA, officialB };
}
