/**
 * The demo data, built around a given "now" so that it holds on any day:
 * - the real 2020 edition, kept as history with its own dates;
 * - a decided edition whose workshop window contains now: four pairs at stages 1–4, one of them late
 *   (a workshop still planned at a date already past);
 * - an edition in review: submitted applications, reviews by both demo coordinators, a conflict of
 *   interest, criteria, and so a ranking;
 * - an open edition whose deadline is six weeks ahead, with drafts and submissions;
 * plus 52 cities, the toolbox materials and demo people for every role (on the reserved demo domain).
 * Writes one row at a time: the embedded database serves a single connection.
 */
import type { PrismaClient } from '../server/generated/prisma/client';
import { SEED_CITIES } from './seed-data/cities';
import { DEFAULT_CRITERIA } from './seed-data/calls';
import { callTexts } from '@/lib/editions/default-texts';
import { SEED_MATERIALS } from './seed-data/materials';
import { createApplication, createCall, createMaterial, createPair, createUser, upsertCity } from './factories';
import { daysFrom, editionDates, wallTime, type EditionPhase } from './timeline';
import { DEMO_EMAIL_DOMAIN } from '../server/queries/users';

type Db = PrismaClient;
type City = Awaited<ReturnType<typeof upsertCity>>;
type Pair = Awaited<ReturnType<typeof createPair>>;
type Stage = 'INITIATIVE_A' | 'INITIATIVE_B' | 'MATCH_SPRINT' | 'SPRINT_SUCCEED';

const demo = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
const at = (iso: string) => new Date(iso);

export type SeedSummary = { cities: number; editions: number; materials: number };

export async function seedDemo(db: Db, now: Date): Promise<SeedSummary> {
  const cities: Record<string, City> = {};
  for (const c of SEED_CITIES) cities[c.slug] = await upsertCity(db, c);
  const city = (slug: string) => {
    const found = cities[slug];
    if (!found) throw new Error(`seed: unknown city ${slug}`);
    return found;
  };

  const person = (data: Parameters<typeof createUser>[1]) => createUser(db, data);
  const verified = { emailVerified: daysFrom(now, -400) };
  const coordinator = await person({
    email: demo('coordinator'),
    name: 'Anna Becker',
    role: 'COORDINATOR',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    ...verified,
  });
  const coordinator2 = await person({
    email: demo('facilitator'),
    name: 'Maria Sokolova',
    role: 'COORDINATOR',
    locale: 'ru',
    timeZone: 'Europe/Moscow',
    ...verified,
  });
  const iryna = await person({
    email: demo('applicant'),
    name: 'Iryna Kovalenko',
    locale: 'uk',
    timeZone: 'Europe/Kyiv',
    ...verified,
  });
  const jonas = await person({
    email: demo('applicant-leipzig'),
    name: 'Jonas Weber',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    ...verified,
  });
  const oksana = await person({
    email: demo('partner'),
    name: 'Oksana Shevchuk',
    locale: 'uk',
    timeZone: 'Europe/Kyiv',
    ...verified,
  });
  const officialVerified = { officialVerifiedAt: daysFrom(now, -300), officialVerifiedById: coordinator.id };
  const petro = await person({
    email: demo('official-kharkiv'),
    name: 'Petro Bondarenko',
    role: 'CITY_OFFICIAL',
    locale: 'uk',
    timeZone: 'Europe/Kyiv',
    officialCityId: city('kharkiv').id,
    ...officialVerified,
    ...verified,
  });
  const claudia = await person({
    email: demo('official-leipzig'),
    name: 'Claudia Neumann',
    role: 'CITY_OFFICIAL',
    locale: 'de',
    timeZone: 'Europe/Berlin',
    officialCityId: city('leipzig').id,
    ...officialVerified,
    ...verified,
  });
  await person({
    email: demo('official-minsk'),
    name: 'Siarhei Kazlou',
    role: 'CITY_OFFICIAL',
    locale: 'ru',
    timeZone: 'Europe/Minsk',
    officialCityId: city('minsk').id,
    ...verified,
  });
  const others: Record<string, Awaited<ReturnType<typeof createUser>>> = {};
  const otherPeople = [
    ['aliaksandr', 'Aliaksandr Lukashuk', 'ru'],
    ['katrin', 'Katrin Hoffmann', 'de'],
    ['dmytro', 'Dmytro Marchenko', 'uk'],
    ['sabine', 'Sabine Krüger', 'de'],
    ['olha', 'Olha Tkachenko', 'uk'],
    ['frank', 'Frank Lehmann', 'de'],
    ['halyna', 'Halyna Melnyk', 'uk'],
    ['mikhail', 'Mikhail Orlov', 'ru'],
    ['ales', 'Ales Navumchyk', 'ru'],
    ['tetiana', 'Tetiana Savchenko', 'uk'],
    ['yuliia', 'Yuliia Bondar', 'uk'],
  ] as const;
  for (const [local, name, locale] of otherPeople)
    others[local] = await person({ email: `${local}@applicants.twincity.example`, name, locale });
  const other = (local: (typeof otherPeople)[number][0]) => others[local]!;

  // Editions: one per phase, each named for the year its workshops start in (more that year get II, III).
  const usedSlugs = new Set<string>();
  const edition = async (phase: EditionPhase | 'history') => {
    if (phase === 'history') {
      const deadline = at('2019-12-31T22:59:00Z');
      usedSlugs.add('2020');
      return createCall(db, {
        slug: '2020',
        year: 2020,
        status: 'ARCHIVED',
        applicationDeadline: deadline,
        selectionDate: at('2020-01-31T12:00:00Z'),
        windowStart: at('2020-02-01'),
        windowEnd: at('2020-11-30'),
        pairsToSelect: 2,
        openedAt: at('2019-10-01T09:00:00Z'),
        closedAt: deadline,
        reviewOpenedAt: at('2020-01-02T09:00:00Z'),
        decisionsPublishedAt: at('2020-01-31T12:00:00Z'),
        archivedAt: at('2020-12-01T09:00:00Z'),
        createdAt: at('2019-09-15T09:00:00Z'),
        texts: callTexts(2020),
      });
    }
    const dates = editionDates(now, phase);
    // Editions in the same year are numbered: 2027, 2027 II, 2027 III.
    const nth = ['', 'II', 'III', 'IV'].find(
      (n) => !usedSlugs.has(n ? `${dates.year}-${n.toLowerCase()}` : String(dates.year)),
    )!;
    const slug = nth ? `${dates.year}-${nth.toLowerCase()}` : String(dates.year);
    usedSlugs.add(slug);
    return createCall(db, {
      ...dates,
      slug,
      pairsToSelect: phase === 'decided' ? 4 : 2,
      createdAt: daysFrom(dates.openedAt, -14),
      texts: callTexts(nth ? `${dates.year} ${nth}` : dates.year),
    });
  };
  const history = await edition('history');
  const decided = await edition('decided');
  const review = await edition('review');
  const open = await edition('open');
  const criteria: Record<string, { id: string; key: string }[]> = {};
  for (const call of [history, decided, review, open]) {
    criteria[call.id] = [];
    for (const [position, c] of DEFAULT_CRITERIA.entries()) {
      criteria[call.id]!.push(await db.reviewCriterion.create({ data: { callId: call.id, position, ...c } }));
    }
  }

  const answers = {
    answerWho:
      'Wir sind der Partnerschaftsverein unserer Stadt und arbeiten seit Jahren mit der Stadtverwaltung zusammen.',
    answerHopes:
      'Мы хотим, чтобы партнёрство снова стало живым: встречи молодёжи, обмен между школами и общие проекты.',
    answerMotivation: 'Ми хочемо навчитися разом планувати проєкти й залучити нових людей до партнерства.',
    answerOther: 'Die Workshops könnten auf Deutsch und Russisch stattfinden.',
    answerLanguage: 'de' as const,
  };
  const contact = (who: { name: string | null; email: string }) => ({
    contactName: who.name ?? '',
    contactRole: 'Coordinator of the twinning association',
    contactEmail: who.email,
    contactPhone: '+49 30 1234567',
  });
  const submitted = (when: Date) => ({
    submittedAt: when,
    selfDeclaration: true,
    selfDeclaredAt: when,
    consentAt: when,
    countriesConfirmed: true,
    createdAt: daysFrom(when, -7),
  });
  const before = (deadline: Date, days: number) => daysFrom(deadline, -days);

  // History: the 2020 edition's two pairs, as they ran.
  const app2020a = await createApplication(db, {
    callId: history.id,
    applicantId: jonas.id,
    partnerUserId: iryna.id,
    partnerConfirmedAt: at('2019-12-10T10:00:00Z'),
    status: 'SELECTED',
    applicantType: 'TWINNING_ASSOCIATION',
    applicantCityId: city('nuernberg').id,
    partnerCityId: city('kharkiv').id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1990,
    ...contact(jonas),
    ...answers,
    ...submitted(at('2019-12-12T10:00:00Z')),
  });
  const app2020b = await createApplication(db, {
    callId: history.id,
    applicantId: other('katrin').id,
    status: 'SELECTED',
    applicantType: 'CITY_ADMINISTRATION',
    applicantCityId: city('bonn').id,
    partnerCityId: city('minsk').id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1993,
    ...contact(other('katrin')),
    ...answers,
    ...submitted(at('2019-12-20T10:00:00Z')),
  });
  for (const app of [app2020a, app2020b]) {
    await db.decision.create({
      data: {
        applicationId: app.id,
        outcome: 'SELECTED',
        decidedById: coordinator.id,
        decidedAt: at('2020-01-28T10:00:00Z'),
        publishedAt: at('2020-01-31T12:00:00Z'),
      },
    });
  }
  await db.endorsement.create({
    data: {
      applicationId: app2020a.id,
      cityId: city('kharkiv').id,
      officialId: petro.id,
      status: 'CONFIRMED',
      confirmedAt: at('2019-12-15T10:00:00Z'),
      createdAt: at('2019-12-12T10:00:00Z'),
    },
  });
  const pairA = await createPair(db, {
    callId: history.id,
    applicationId: app2020a.id,
    cityAId: city('nuernberg').id,
    cityBId: city('kharkiv').id,
    status: 'COMPLETED',
    createdAt: at('2020-01-31T12:00:00Z'),
  });
  const pairB = await createPair(db, {
    callId: history.id,
    applicationId: app2020b.id,
    cityAId: city('bonn').id,
    cityBId: city('minsk').id,
    status: 'ACTIVE',
    createdAt: at('2020-01-31T12:00:00Z'),
  });
  const ws = (pair: Pair, stage: Stage) => pair.workshops.find((w) => w.stage === stage)!;
  const done = (extra: object) => ({
    status: 'DONE' as const,
    languages: ['DE' as const, 'RU' as const],
    expectedParticipants: 20,
    ...extra,
  });
  const update = (pair: Pair, stage: Stage, data: object) =>
    db.workshop.update({ where: { id: ws(pair, stage).id }, data });
  await update(
    pairA,
    'INITIATIVE_A',
    done({
      format: 'IN_PERSON',
      hostCityId: city('nuernberg').id,
      venueName: 'Rathaus, Großer Saal',
      startsAt: at('2020-02-21T08:00:00Z'),
      endsAt: at('2020-02-22T15:00:00Z'),
      timeZone: 'Europe/Berlin',
      attendanceA: 18,
      doneAt: at('2020-02-22T16:00:00Z'),
      ideasA: ['Schüleraustausch wiederbeleben', 'Gemeinsames Kulturfestival'],
    }),
  );
  await update(
    pairA,
    'INITIATIVE_B',
    done({
      format: 'IN_PERSON',
      hostCityId: city('kharkiv').id,
      venueName: 'Міська рада, зала засідань',
      startsAt: at('2020-03-06T07:00:00Z'),
      endsAt: at('2020-03-07T14:00:00Z'),
      timeZone: 'Europe/Kyiv',
      attendanceB: 22,
      doneAt: at('2020-03-07T15:00:00Z'),
      ideasB: ['Молодіжні обміни', 'Спільна платформа для волонтерів'],
    }),
  );
  await update(
    pairA,
    'MATCH_SPRINT',
    done({
      format: 'ONLINE',
      onlineUrl: 'https://meet.example.org/match-sprint',
      startsAt: at('2020-06-12T07:00:00Z'),
      endsAt: at('2020-06-12T13:00:00Z'),
      timeZone: 'Europe/Berlin',
      attendanceA: 12,
      attendanceB: 14,
      doneAt: at('2020-06-12T14:00:00Z'),
    }),
  );
  await update(
    pairA,
    'SPRINT_SUCCEED',
    done({
      format: 'ONLINE',
      onlineUrl: 'https://meet.example.org/sprint-succeed',
      startsAt: at('2020-10-16T07:00:00Z'),
      endsAt: at('2020-10-16T13:00:00Z'),
      timeZone: 'Europe/Berlin',
      attendanceA: 10,
      attendanceB: 13,
      doneAt: at('2020-10-16T14:00:00Z'),
    }),
  );
  await update(
    pairB,
    'INITIATIVE_A',
    done({
      format: 'IN_PERSON',
      hostCityId: city('bonn').id,
      venueName: 'Altes Rathaus',
      startsAt: at('2020-03-02T08:00:00Z'),
      endsAt: at('2020-03-02T16:00:00Z'),
      timeZone: 'Europe/Berlin',
      attendanceA: 15,
      doneAt: at('2020-03-02T17:00:00Z'),
    }),
  );
  await update(pairB, 'INITIATIVE_B', {
    status: 'CANCELLED',
    format: 'IN_PERSON',
    hostCityId: city('minsk').id,
    startsAt: at('2020-04-03T07:00:00Z'),
    endsAt: at('2020-04-03T15:00:00Z'),
    timeZone: 'Europe/Minsk',
    cancelledAt: at('2020-03-16T09:00:00Z'),
    cancelReason: 'Travel restrictions',
  });
  for (const [kind, doneAt] of [
    ['ROOMS', at('2020-02-01T10:00:00Z')],
    ['LODGING', at('2020-02-05T10:00:00Z')],
    ['PARTICIPANT_LIST', at('2020-02-18T10:00:00Z')],
  ] as const) {
    await db.logisticsItem.create({
      data: {
        workshopId: ws(pairA, 'INITIATIVE_A').id,
        cityId: city('nuernberg').id,
        kind,
        doneAt,
        doneById: jonas.id,
      },
    });
    await db.logisticsItem.create({
      data: { workshopId: ws(pairA, 'INITIATIVE_B').id, cityId: city('kharkiv').id, kind, doneAt, doneById: petro.id },
    });
  }
  await db.workshopFacilitator.createMany({
    data: pairA.workshops.map((w) => ({ workshopId: w.id, userId: coordinator2.id })),
  });

  // The decided edition: four pairs at work, one waitlisted, one declined.
  const dl = decided.applicationDeadline;
  const selectedAt = decided.selectionDate;
  const decidedApps = [
    { who: other('dmytro'), a: 'odesa', b: 'regensburg', outcome: 'SELECTED', since: 1990 },
    { who: other('olha'), a: 'lviv', b: 'freiburg-im-breisgau', outcome: 'SELECTED', since: 1989 },
    { who: jonas, a: 'leipzig', b: 'kyiv', outcome: 'SELECTED', since: 1961, partner: oksana },
    { who: other('katrin'), a: 'kassel', b: 'yaroslavl', outcome: 'SELECTED', since: 1988 },
    { who: other('sabine'), a: 'essen', b: 'nizhny-novgorod', outcome: 'WAITLISTED', since: 1991 },
    { who: other('aliaksandr'), a: 'hamburg', b: 'saint-petersburg', outcome: 'DECLINED', since: 1957 },
  ] as const;
  const pairs: Pair[] = [];
  for (const [i, d] of decidedApps.entries()) {
    const partner = 'partner' in d ? d.partner : null;
    const status = d.outcome === 'DECLINED' ? 'NOT_SELECTED' : d.outcome;
    const app = await createApplication(db, {
      callId: decided.id,
      applicantId: d.who.id,
      partnerUserId: partner?.id,
      partnerConfirmedAt: partner ? before(dl, 20) : null,
      status,
      applicantType: 'TWINNING_ASSOCIATION',
      applicantCityId: city(d.a).id,
      partnerCityId: city(d.b).id,
      partnershipStatus: 'TWINNED',
      twinnedSinceYear: d.since,
      ...contact(d.who),
      ...answers,
      ...submitted(before(dl, 30 - i)),
    });
    await db.decision.create({
      data: {
        applicationId: app.id,
        outcome: d.outcome,
        decidedById: coordinator.id,
        decidedAt: daysFrom(selectedAt, -3),
        publishedAt: selectedAt,
      },
    });
    if (d.a === 'leipzig')
      await db.endorsement.create({
        data: {
          applicationId: app.id,
          cityId: city('leipzig').id,
          officialId: claudia.id,
          status: 'CONFIRMED',
          confirmedAt: before(dl, 15),
          createdAt: before(dl, 25),
        },
      });
    if (d.outcome === 'SELECTED')
      pairs.push(
        await createPair(db, {
          callId: decided.id,
          applicationId: app.id,
          cityAId: city(d.a).id,
          cityBId: city(d.b).id,
          createdAt: selectedAt,
        }),
      );
  }
  const [odesa, lviv, leipzig, kassel] = pairs as [Pair, Pair, Pair, Pair];
  const zoneOf = (slug: string) =>
    ['kyiv', 'odesa', 'lviv', 'kharkiv'].includes(slug)
      ? 'Europe/Kyiv'
      : slug === 'yaroslavl'
        ? 'Europe/Moscow'
        : 'Europe/Berlin';
  // A day's workshop, 10:00–17:00 on the host's wall clock, `days` from now.
  const held = (days: number, host: string | null, extra: object = {}) => {
    const timeZone = host ? zoneOf(host) : 'Europe/Berlin';
    const startsAt = wallTime(now, days, '10:00', timeZone);
    const endsAt = wallTime(now, days, '17:00', timeZone);
    const place = host
      ? { format: 'IN_PERSON' as const, hostCityId: city(host).id }
      : { format: 'ONLINE' as const, onlineUrl: 'https://meet.example.org/booster' };
    const base = {
      startsAt,
      endsAt,
      timeZone,
      languages: ['DE' as const, 'RU' as const],
      expectedParticipants: 20,
      ...place,
      ...extra,
    };
    return days < 0
      ? { ...base, status: 'DONE' as const, doneAt: daysFrom(endsAt, 1), attendanceA: 16, attendanceB: 14 }
      : { ...base, status: 'SCHEDULED' as const };
  };
  // Stage 1: the first initiative workshop is in two weeks.
  await update(odesa, 'INITIATIVE_A', held(12, 'odesa', { venueName: 'Одеська міська рада, Думська площа 1' }));
  // Stage 2, late: the second initiative workshop was planned six days ago and nobody recorded it.
  await update(
    lviv,
    'INITIATIVE_A',
    held(-75, 'lviv', {
      venueName: 'Львівська ратуша',
      ideasA: ['Спільний фестиваль вуличної музики', 'Обмін молодіжними волонтерами'],
    }),
  );
  await update(lviv, 'INITIATIVE_B', {
    ...held(-6, 'freiburg-im-breisgau', { venueName: 'Historisches Kaufhaus' }),
    status: 'SCHEDULED',
    doneAt: null,
    attendanceA: null,
    attendanceB: null,
  });
  // Stage 3: both initiative workshops done, Match & Sprint online in three weeks.
  await update(
    leipzig,
    'INITIATIVE_A',
    held(-110, 'leipzig', {
      venueName: 'Neues Rathaus, Festsaal',
      ideasA: ['Jugendorchester-Austausch', 'Partnerschaftsbüro im Rathaus'],
    }),
  );
  await update(
    leipzig,
    'INITIATIVE_B',
    held(-80, 'kyiv', {
      venueName: 'Київська міська рада',
      ideasB: ['Цифрова платформа для шкіл-партнерів', 'Спільна літня школа'],
    }),
  );
  await update(leipzig, 'MATCH_SPRINT', held(21, null));
  // Stage 4: three done, Sprint & Succeed in five weeks.
  await update(kassel, 'INITIATIVE_A', held(-130, 'kassel', { venueName: 'Rathaus Kassel' }));
  await update(kassel, 'INITIATIVE_B', held(-100, 'yaroslavl', { venueName: 'Мэрия Ярославля' }));
  await update(kassel, 'MATCH_SPRINT', held(-45, null));
  await update(kassel, 'SPRINT_SUCCEED', held(35, 'kassel', { venueName: 'documenta-Halle' }));
  await db.logisticsItem.create({
    data: {
      workshopId: ws(odesa, 'INITIATIVE_A').id,
      cityId: city('odesa').id,
      kind: 'ROOMS',
      doneAt: daysFrom(now, -3),
      doneById: other('dmytro').id,
    },
  });
  await db.logisticsItem.create({
    data: { workshopId: ws(odesa, 'INITIATIVE_A').id, cityId: city('odesa').id, kind: 'LODGING' },
  });
  await db.logisticsItem.create({
    data: { workshopId: ws(odesa, 'INITIATIVE_A').id, cityId: city('odesa').id, kind: 'PARTICIPANT_LIST' },
  });
  for (const pair of pairs)
    await db.workshopFacilitator.createMany({
      data: pair.workshops.map((w) => ({ workshopId: w.id, userId: coordinator2.id })),
    });

  // The edition in review: five applications, reviews by both coordinators, one conflict of interest.
  const rdl = review.applicationDeadline;
  const reviewApps = [
    { who: other('frank'), a: 'chemnitz', b: 'volgograd', status: 'TWINNED', since: 1988 },
    { who: other('halyna'), a: 'poltava', b: 'duesseldorf', status: 'PROSPECTIVE', since: null },
    { who: other('mikhail'), a: 'samara', b: 'stuttgart', status: 'TWINNED', since: 1992 },
    { who: other('ales'), a: 'mogilev', b: 'dresden', status: 'PROSPECTIVE', since: null },
    { who: other('tetiana'), a: 'mykolaiv', b: 'koeln', status: 'PROSPECTIVE', since: null },
  ] as const;
  const inReview = [];
  for (const [i, r] of reviewApps.entries()) {
    inReview.push(
      await createApplication(db, {
        callId: review.id,
        applicantId: r.who.id,
        status: 'UNDER_REVIEW',
        applicantType: i % 2 ? 'CITY_ADMINISTRATION' : 'TWINNING_ASSOCIATION',
        applicantCityId: city(r.a).id,
        partnerCityId: city(r.b).id,
        partnershipStatus: r.status,
        twinnedSinceYear: r.since,
        ...contact(r.who),
        ...answers,
        ...submitted(before(rdl, 20 - 3 * i)),
      }),
    );
  }
  await db.endorsement.create({
    data: {
      applicationId: inReview[0]!.id,
      cityId: city('chemnitz').id,
      status: 'PENDING',
      invitedEmail: 'buergermeister@chemnitz.example',
      createdAt: before(rdl, 19),
    },
  });
  // Anna Becker worked for Chemnitz's city administration: she may not review that application.
  await db.conflictOfInterest.create({
    data: {
      reviewerId: coordinator.id,
      cityId: city('chemnitz').id,
      note: 'Früher bei der Stadtverwaltung Chemnitz beschäftigt',
      createdAt: daysFrom(review.reviewOpenedAt!, 0),
    },
  });
  const scoresBy: Record<string, [number[] | null, number[] | null]> = {
    // [Anna, Maria]: null = not assigned; [] = assigned, not scored yet.
    0: [null, [4, 3, 4, 3]],
    1: [
      [5, 4, 3, 4],
      [4, 4, 4, 5],
    ],
    2: [
      [3, 4, 2, 3],
      [3, 3, 3, 2],
    ],
    3: [[4, 5, 3, 3], []],
    4: [[2, 3, 4, 4], null],
  };
  const comments = {
    [coordinator.id]: 'Klare Ziele, realistischer Zeitplan.',
    [coordinator2.id]: 'Хорошая мотивация, нужна поддержка мэрии.',
  };
  for (const [i, app] of inReview.entries()) {
    for (const [k, reviewer] of [coordinator, coordinator2].entries()) {
      const scores = scoresBy[i]![k];
      if (scores === null) continue;
      const assignedAt = daysFrom(review.reviewOpenedAt!, 0);
      const submittedAt = scores.length ? daysFrom(assignedAt, 2 + i) : null;
      const row = await db.review.create({
        data: { applicationId: app.id, reviewerId: reviewer.id, assignedAt, submittedAt },
      });
      for (const [c, score] of scores.entries()) {
        await db.reviewScore.create({
          data: {
            reviewId: row.id,
            criterionId: criteria[review.id]![c]!.id,
            score,
            comment: c === 0 ? comments[reviewer.id] : null,
          },
        });
      }
    }
  }

  // The open edition: a draft, submissions waiting for endorsement, one withdrawn.
  await createApplication(db, {
    callId: open.id,
    applicantId: iryna.id,
    status: 'DRAFT',
    applicantType: 'BACKED_INITIATIVE',
    applicantCityId: city('kharkiv').id,
    partnerCityId: city('nuernberg').id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1990,
    contactName: 'Iryna Kovalenko',
    contactEmail: iryna.email,
    answerWho: 'Ми — громадська ініціатива «Харків–Нюрнберг», яку підтримує міська рада.',
    answerLanguage: 'uk',
    createdAt: daysFrom(now, -9),
  });
  await createApplication(db, {
    callId: open.id,
    applicantId: other('aliaksandr').id,
    status: 'DRAFT',
    applicantType: 'TWINNING_ASSOCIATION',
    applicantCityId: city('minsk').id,
    partnerCityId: city('bonn').id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1993,
    answerWho: 'Мы — общество дружбы Минск–Бонн.',
    answerLanguage: 'ru',
    createdAt: daysFrom(now, -4),
  });
  const dnipro = await createApplication(db, {
    callId: open.id,
    applicantId: other('yuliia').id,
    status: 'SUBMITTED',
    applicantType: 'CITY_ADMINISTRATION',
    applicantCityId: city('dnipro').id,
    partnerCityId: city('leipzig').id,
    partnershipStatus: 'PROSPECTIVE',
    ...contact(other('yuliia')),
    ...answers,
    ...submitted(daysFrom(now, -5)),
  });
  await db.endorsement.create({
    data: {
      applicationId: dnipro.id,
      cityId: city('leipzig').id,
      officialId: claudia.id,
      status: 'PENDING',
      createdAt: daysFrom(now, -5),
    },
  });
  const kiel = await createApplication(db, {
    callId: open.id,
    applicantId: other('sabine').id,
    status: 'SUBMITTED',
    applicantType: 'TWINNING_ASSOCIATION',
    applicantCityId: city('kiel').id,
    partnerCityId: city('kaliningrad').id,
    partnershipStatus: 'TWINNED',
    twinnedSinceYear: 1992,
    ...contact(other('sabine')),
    ...answers,
    ...submitted(daysFrom(now, -12)),
  });
  await db.endorsement.create({
    data: {
      applicationId: kiel.id,
      cityId: city('kiel').id,
      status: 'CONFIRMED',
      invitedEmail: 'rathaus@kiel.example',
      confirmedAt: daysFrom(now, -10),
      createdAt: daysFrom(now, -12),
    },
  });
  await createApplication(db, {
    callId: open.id,
    applicantId: other('katrin').id,
    status: 'WITHDRAWN',
    applicantType: 'TWINNING_ASSOCIATION',
    applicantCityId: city('mainz').id,
    partnerCityId: city('zaporizhzhia').id,
    partnershipStatus: 'PROSPECTIVE',
    ...contact(other('katrin')),
    ...answers,
    ...submitted(daysFrom(now, -20)),
    withdrawnAt: daysFrom(now, -8),
  });

  // The toolbox: every material published, templates with their file, and the 2020 pair's workshops using some.
  const materials: Record<string, { id: string }> = {};
  const firstPublished = daysFrom(now, -330);
  for (const [i, { file, ...m }] of SEED_MATERIALS.entries()) {
    const created = await createMaterial(db, {
      ...m,
      createdById: coordinator.id,
      publishedAt: new Date(firstPublished.getTime() + i * 3_600_000),
    });
    materials[m.slug] = created;
    if (file) {
      const data = new TextEncoder().encode(file.text);
      await db.attachment.create({
        data: {
          materialId: created.id,
          fileName: file.fileName,
          mimeType: 'text/plain',
          size: data.byteLength,
          data,
          createdById: coordinator.id,
        },
      });
    }
  }
  const used: [Pair, Stage, string][] = [
    [pairA, 'INITIATIVE_A', 'stakeholder-mapping'],
    [pairA, 'INITIATIVE_B', 'stakeholder-mapping'],
    [pairA, 'INITIATIVE_A', 'world-cafe'],
    [pairA, 'MATCH_SPRINT', 'open-space'],
    [pairA, 'MATCH_SPRINT', 'design-sprint-joint-project'],
    [pairA, 'SPRINT_SUCCEED', 'what-so-what-now-what'],
    [leipzig, 'INITIATIVE_A', 'world-cafe'],
    [kassel, 'MATCH_SPRINT', 'design-sprint-joint-project'],
  ];
  await db.workshopMaterial.createMany({
    data: used.map(([pair, stage, slug]) => ({ workshopId: ws(pair, stage).id, materialId: materials[slug]!.id })),
  });

  return { cities: SEED_CITIES.length, editions: 4, materials: SEED_MATERIALS.length };
}
