/**
 * Demo data: the 2020 edition with its two pairs, an open current edition with applications
 * in every state, 50 cities, and demo people for every role (on the reserved demo domain).
 * Runs only on an empty database (scripts/start.mjs checks), but is safe to run twice.
 */
import { db, disconnectDb } from '../server/db';
import { SEED_CITIES } from './seed-data/cities';
import { callTexts, DEFAULT_CRITERIA } from './seed-data/calls';
import { SEED_MATERIALS } from './seed-data/materials';
import { createApplication, createCall, createMaterial, createPair, createUser, upsertCity } from './factories';
import { DEMO_EMAIL_DOMAIN } from '../server/queries/users';

const demo = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
const at = (iso: string) => new Date(iso);

async function main() {
  if (await db.call.count()) {
    console.log('[seed] database already has data; nothing to do');
    return;
  }
  const cities = Object.fromEntries(await Promise.all(SEED_CITIES.map(async (c) => [c.slug, await upsertCity(db, c)] as const)));
  const city = (slug: string) => {
    const found = cities[slug];
    if (!found) throw new Error(`seed: unknown city ${slug}`);
    return found;
  };

  const now = new Date();
  const coordinator = await createUser(db, { email: demo('coordinator'), name: 'Anna Becker', role: 'COORDINATOR', locale: 'de', timeZone: 'Europe/Berlin', emailVerified: now });
  const coordinator2 = await createUser(db, { email: demo('facilitator'), name: 'Maria Sokolova', role: 'COORDINATOR', locale: 'ru', timeZone: 'Europe/Moscow', emailVerified: now });
  const iryna = await createUser(db, { email: demo('applicant'), name: 'Iryna Kovalenko', locale: 'uk', timeZone: 'Europe/Kyiv', emailVerified: now });
  const jonas = await createUser(db, { email: demo('applicant-leipzig'), name: 'Jonas Weber', locale: 'de', timeZone: 'Europe/Berlin', emailVerified: now });
  const oksana = await createUser(db, { email: demo('partner'), name: 'Oksana Shevchuk', locale: 'uk', timeZone: 'Europe/Kyiv', emailVerified: now });
  const petro = await createUser(db, { email: demo('official-kharkiv'), name: 'Petro Bondarenko', role: 'CITY_OFFICIAL', locale: 'uk', timeZone: 'Europe/Kyiv', officialCityId: city('kharkiv').id, officialVerifiedAt: now, officialVerifiedById: coordinator.id, emailVerified: now });
  const claudia = await createUser(db, { email: demo('official-leipzig'), name: 'Claudia Neumann', role: 'CITY_OFFICIAL', locale: 'de', timeZone: 'Europe/Berlin', officialCityId: city('leipzig').id, officialVerifiedAt: now, officialVerifiedById: coordinator.id, emailVerified: now });
  await createUser(db, { email: demo('official-minsk'), name: 'Siarhei Kazlou', role: 'CITY_OFFICIAL', locale: 'ru', timeZone: 'Europe/Minsk', officialCityId: city('minsk').id, emailVerified: now });
  const others = await Promise.all(
    ['aliaksandr', 'katrin', 'dmytro', 'sabine', 'olha'].map((n, i) =>
      createUser(db, { email: `${n}@applicants.twincity.example`, name: ['Aliaksandr Lukashuk', 'Katrin Hoffmann', 'Dmytro Marchenko', 'Sabine Krüger', 'Olha Tkachenko'][i], locale: (['ru', 'de', 'uk', 'de', 'uk'] as const)[i] }),
    ),
  );

  // The 2020 edition, as the original call set it out.
  const edition2020 = await createCall(db, {
    slug: '2020',
    year: 2020,
    status: 'ARCHIVED',
    applicationDeadline: at('2019-12-31T22:59:00Z'),
    selectionDate: at('2020-01-31T12:00:00Z'),
    windowStart: at('2020-02-01'),
    windowEnd: at('2020-11-30'),
    pairsToSelect: 2,
    reviewOpenedAt: at('2020-01-02T09:00:00Z'),
    decisionsPublishedAt: at('2020-01-31T12:00:00Z'),
    texts: callTexts(2020, { en: '31 December 2019', de: '31. Dezember 2019', ru: '31 декабря 2019 года', uk: '31 грудня 2019 року' }),
  });
  const current = await createCall(db, {
    slug: '2027',
    year: 2027,
    status: 'OPEN',
    applicationDeadline: at('2026-12-31T22:59:00Z'),
    selectionDate: at('2027-01-31T12:00:00Z'),
    windowStart: at('2027-02-01'),
    windowEnd: at('2027-11-30'),
    pairsToSelect: 2,
    texts: callTexts(2027, { en: '31 December 2026', de: '31. Dezember 2026', ru: '31 декабря 2026 года', uk: '31 грудня 2026 року' }),
  });
  for (const call of [edition2020, current]) {
    await db.reviewCriterion.createMany({ data: DEFAULT_CRITERIA.map((c, position) => ({ callId: call.id, position, ...c })) });
  }

  const answers = {
    answerWho: 'Wir sind der Partnerschaftsverein unserer Stadt und arbeiten seit Jahren mit der Stadtverwaltung zusammen.',
    answerHopes: 'Мы хотим, чтобы партнёрство снова стало живым: встречи молодёжи, обмен между школами и общие проекты.',
    answerMotivation: 'Ми хочемо навчитися разом планувати проєкти й залучити нових людей до партнерства.',
    answerOther: 'Die Workshops könnten auf Deutsch und Russisch stattfinden.',
    answerLanguage: 'de' as const,
  };
  const contact = (name: string, email: string) => ({ contactName: name, contactRole: 'Coordinator of the twinning association', contactEmail: email, contactPhone: '+49 30 1234567' });
  const submitted = (date: string) => ({ submittedAt: at(date), selfDeclaration: true, selfDeclaredAt: at(date), consentAt: at(date) });

  // 2020: two selected applications became the edition's two pairs.
  const app2020a = await createApplication(db, { callId: edition2020.id, applicantId: jonas.id, partnerUserId: iryna.id, partnerConfirmedAt: at('2019-12-10T10:00:00Z'), status: 'SELECTED', applicantType: 'TWINNING_ASSOCIATION', applicantCityId: city('nuernberg').id, partnerCityId: city('kharkiv').id, partnershipStatus: 'TWINNED', twinnedSinceYear: 1990, ...contact('Jonas Weber', jonas.email), ...answers, ...submitted('2019-12-12T10:00:00Z') });
  const app2020b = await createApplication(db, { callId: edition2020.id, applicantId: others[1]!.id, status: 'SELECTED', applicantType: 'CITY_ADMINISTRATION', applicantCityId: city('bonn').id, partnerCityId: city('minsk').id, partnershipStatus: 'TWINNED', twinnedSinceYear: 1993, ...contact('Katrin Hoffmann', others[1]!.email), ...answers, ...submitted('2019-12-20T10:00:00Z') });
  for (const app of [app2020a, app2020b]) {
    await db.decision.create({ data: { applicationId: app.id, outcome: 'SELECTED', decidedById: coordinator.id, decidedAt: at('2020-01-28T10:00:00Z'), publishedAt: at('2020-01-31T12:00:00Z') } });
  }
  await db.endorsement.create({ data: { applicationId: app2020a.id, cityId: city('kharkiv').id, officialId: petro.id, status: 'CONFIRMED', confirmedAt: at('2019-12-15T10:00:00Z') } });

  const pairA = await createPair(db, { callId: edition2020.id, applicationId: app2020a.id, cityAId: city('nuernberg').id, cityBId: city('kharkiv').id, status: 'COMPLETED' });
  const pairB = await createPair(db, { callId: edition2020.id, applicationId: app2020b.id, cityAId: city('bonn').id, cityBId: city('minsk').id, status: 'ACTIVE' });
  const ws = (pair: typeof pairA, stage: string) => pair.workshops.find((w) => w.stage === stage)!;
  const done = (extra: object) => ({ status: 'DONE' as const, languages: ['DE' as const, 'RU' as const], expectedParticipants: 20, ...extra });
  await db.workshop.update({ where: { id: ws(pairA, 'INITIATIVE_A').id }, data: done({ format: 'IN_PERSON', hostCityId: city('nuernberg').id, venueName: 'Rathaus, Großer Saal', startsAt: at('2020-02-21T08:00:00Z'), endsAt: at('2020-02-22T15:00:00Z'), timeZone: 'Europe/Berlin', attendanceA: 18, doneAt: at('2020-02-22T16:00:00Z'), ideasA: ['Schüleraustausch wiederbeleben', 'Gemeinsames Kulturfestival'] }) });
  await db.workshop.update({ where: { id: ws(pairA, 'INITIATIVE_B').id }, data: done({ format: 'IN_PERSON', hostCityId: city('kharkiv').id, venueName: 'Міська рада, зала засідань', startsAt: at('2020-03-06T07:00:00Z'), endsAt: at('2020-03-07T14:00:00Z'), timeZone: 'Europe/Kyiv', attendanceB: 22, doneAt: at('2020-03-07T15:00:00Z'), ideasB: ['Молодіжні обміни', 'Спільна платформа для волонтерів'] }) });
  await db.workshop.update({ where: { id: ws(pairA, 'MATCH_SPRINT').id }, data: done({ format: 'ONLINE', onlineUrl: 'https://meet.example.org/match-sprint', startsAt: at('2020-06-12T07:00:00Z'), endsAt: at('2020-06-12T13:00:00Z'), timeZone: 'Europe/Berlin', attendanceA: 12, attendanceB: 14, doneAt: at('2020-06-12T14:00:00Z') }) });
  await db.workshop.update({ where: { id: ws(pairA, 'SPRINT_SUCCEED').id }, data: done({ format: 'ONLINE', onlineUrl: 'https://meet.example.org/sprint-succeed', startsAt: at('2020-10-16T07:00:00Z'), endsAt: at('2020-10-16T13:00:00Z'), timeZone: 'Europe/Berlin', attendanceA: 10, attendanceB: 13, doneAt: at('2020-10-16T14:00:00Z') }) });
  await db.workshop.update({ where: { id: ws(pairB, 'INITIATIVE_A').id }, data: done({ format: 'IN_PERSON', hostCityId: city('bonn').id, venueName: 'Altes Rathaus', startsAt: at('2020-03-02T08:00:00Z'), endsAt: at('2020-03-02T16:00:00Z'), timeZone: 'Europe/Berlin', attendanceA: 15, doneAt: at('2020-03-02T17:00:00Z') }) });
  await db.workshop.update({ where: { id: ws(pairB, 'INITIATIVE_B').id }, data: { status: 'CANCELLED', format: 'IN_PERSON', hostCityId: city('minsk').id, startsAt: at('2020-04-03T07:00:00Z'), endsAt: at('2020-04-03T15:00:00Z'), timeZone: 'Europe/Minsk', cancelledAt: at('2020-03-16T09:00:00Z'), cancelReason: 'Travel restrictions' } });
  for (const [kind, doneAt] of [['ROOMS', at('2020-02-01T10:00:00Z')], ['LODGING', at('2020-02-05T10:00:00Z')], ['PARTICIPANT_LIST', at('2020-02-18T10:00:00Z')]] as const) {
    await db.logisticsItem.create({ data: { workshopId: ws(pairA, 'INITIATIVE_A').id, cityId: city('nuernberg').id, kind, doneAt, doneById: jonas.id } });
    await db.logisticsItem.create({ data: { workshopId: ws(pairA, 'INITIATIVE_B').id, cityId: city('kharkiv').id, kind, doneAt, doneById: petro.id } });
  }
  await db.workshopFacilitator.createMany({ data: pairA.workshops.map((w) => ({ workshopId: w.id, userId: coordinator2.id })) });

  // The current edition: one application in every state.
  await createApplication(db, { callId: current.id, applicantId: iryna.id, status: 'DRAFT', applicantType: 'BACKED_INITIATIVE', applicantCityId: city('kharkiv').id, partnerCityId: city('nuernberg').id, partnershipStatus: 'TWINNED', twinnedSinceYear: 1990, contactName: 'Iryna Kovalenko', contactEmail: iryna.email, answerWho: 'Ми — громадська ініціатива «Харків–Нюрнберг», яку підтримує міська рада.', answerLanguage: 'uk' });
  const leipzigKyiv = await createApplication(db, { callId: current.id, applicantId: jonas.id, partnerUserId: oksana.id, partnerConfirmedAt: at('2026-11-10T10:00:00Z'), status: 'SUBMITTED', applicantType: 'CITY_ADMINISTRATION', applicantCityId: city('leipzig').id, partnerCityId: city('kyiv').id, partnershipStatus: 'TWINNED', twinnedSinceYear: 1961, ...contact('Jonas Weber', jonas.email), ...answers, ...submitted('2026-11-09T10:00:00Z') });
  await db.endorsement.create({ data: { applicationId: leipzigKyiv.id, cityId: city('leipzig').id, officialId: claudia.id, status: 'CONFIRMED', confirmedAt: at('2026-11-11T10:00:00Z') } });
  const states = [
    ['UNDER_REVIEW', 0, 'minsk', 'bonn'],
    ['SELECTED', 2, 'odesa', 'regensburg'],
    ['WAITLISTED', 4, 'lviv', 'freiburg-im-breisgau'],
    ['NOT_SELECTED', 3, 'chemnitz', 'volgograd'],
    ['WITHDRAWN', 1, 'kiel', 'kaliningrad'],
  ] as const;
  for (const [status, who, a, b] of states) {
    const applicant = others[who]!;
    await createApplication(db, { callId: current.id, applicantId: applicant.id, status, applicantType: 'TWINNING_ASSOCIATION', applicantCityId: city(a).id, partnerCityId: city(b).id, partnershipStatus: 'TWINNED', ...contact(applicant.name ?? '', applicant.email), ...answers, ...submitted('2026-11-05T10:00:00Z'), withdrawnAt: status === 'WITHDRAWN' ? at('2026-11-20T10:00:00Z') : null });
  }
  // The toolbox: every material published, templates with their file, and the 2020 pair's workshops using some.
  const materials: Record<string, { id: string }> = {};
  for (const [i, { file, ...m }] of SEED_MATERIALS.entries()) {
    const created = await createMaterial(db, { ...m, createdById: coordinator.id, publishedAt: new Date(at('2026-01-05T09:00:00Z').getTime() + i * 3_600_000) });
    materials[m.slug] = created;
    if (file) {
      const data = new TextEncoder().encode(file.text);
      await db.attachment.create({ data: { materialId: created.id, fileName: file.fileName, mimeType: 'text/plain', size: data.byteLength, data, createdById: coordinator.id } });
    }
  }
  const used: [string, string][] = [
    ['INITIATIVE_A', 'stakeholder-mapping'],
    ['INITIATIVE_B', 'stakeholder-mapping'],
    ['INITIATIVE_A', 'world-cafe'],
    ['MATCH_SPRINT', 'open-space'],
    ['MATCH_SPRINT', 'design-sprint-joint-project'],
    ['SPRINT_SUCCEED', 'what-so-what-now-what'],
  ];
  await db.workshopMaterial.createMany({ data: used.map(([stage, slug]) => ({ workshopId: ws(pairA, stage).id, materialId: materials[slug]!.id })) });

  console.log(`[seed] ${SEED_CITIES.length} cities, 2 editions, ${SEED_MATERIALS.length} toolbox materials, demo people on @${DEMO_EMAIL_DOMAIN}`);
}

main()
  .catch((error) => {
    console.error('[seed] failed', error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
