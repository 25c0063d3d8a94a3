/**
 * Bad input never becomes a 500 (issue 11). Every service behind a server action, and every route
 * handler, is called by a real person allowed to use it with generated bad input (fast-check, fixed
 * seed): wrong types, missing fields, huge strings, control characters, unknown ids, negative numbers,
 * impossible dates. What must hold: the service refuses with an AppError whose code is one a person
 * can be shown, every field error is a key of that person's catalogue, and a refusal writes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as NextServer from 'next/server';

// Route handlers read the session cookie through next/headers; here it is the cookie of `routeSession`.
const routeSession = vi.hoisted(() => ({ token: '' as string }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === 'next-auth.session-token' && routeSession.token ? { name, value: routeSession.token } : undefined,
  }),
  headers: async () => new Headers(),
}));
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: () => {},
}));

import { db, makeActor, seedCities } from '../test/helpers';
import { AppError } from '../errors';
import { createApplication, createCall, createMaterial, createSelectedPair, createSession } from '@/prisma/factories';
import { daysFrom, editionDates, isoDay } from '@/prisma/timeline';
import * as applications from './applications';
import * as people from './people';
import * as applicationPeople from './application-people';
import * as cities from './cities';
import * as decisions from './decisions';
import * as editions from './editions';
import * as materials from './materials';
import * as profile from './profile';
import * as review from './review';
import * as workshops from './workshops';
import { requestPdfZip } from '../exports/pdf-zip';
import { requestSignInLink } from '../sign-in-link';
import type { SessionUser } from '../auth';

const SEED = 20261102;
const RUNS = 60;
const ALLOWED_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'RATE_LIMITED', 'UNAUTHENTICATED'];
const root = path.resolve(__dirname, '../..');

const catalogues = Object.fromEntries(
  ['en', 'de', 'ru', 'uk'].map((l) => [
    l,
    JSON.parse(readFileSync(path.join(root, 'messages', `${l}.json`), 'utf8')) as Record<string, unknown>,
  ]),
);
const hasMessage = (locale: string, key: string) => {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
};

// ---- Generated bad values ----
const HUGE = 'x'.repeat(100_000);
const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    'ж\u0000',
    '\u0001\u001f\u007f',
    '\u202egnp.exe',
    '\ud800',
    '👩‍👩‍👧',
    HUGE,
    `ж${HUGE}`,
    '2026-02-30',
    '0000-00-00',
    '2025-12-31T99:99',
    `${new Date().getUTCFullYear() + 1}-13-01T10:00`,
    '1970-01-01T00:00',
    'Invalid Date',
    '-1',
    'NaN',
    '1e309',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    `'; DROP TABLE "User"; --`,
    'unknown-id-0000',
    'c'.repeat(25),
    'c'.repeat(65),
    'Europe/Nowhere',
    'javascript:alert(1)',
    'https://',
    'a@b',
    'TWINNED',
    'COORDINATOR',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${s}\u0000${s}`),
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  fc.integer({ min: -1_000_000_000, max: -1 }),
  fc.constantFrom(
    0,
    -0,
    1.5,
    2 ** 53,
    Number.MAX_VALUE,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    [],
    {},
    [null],
    new Date(Number.NaN),
    new Date(-8.64e15),
    new Date(8.64e15),
  ),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(nastyString, { maxLength: 40 }),
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
);
const DELETE = Symbol('delete');

/** Every path to a value in a plain object or array (the fields a mutation may replace). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return [prefix];
}
function setAt(target: unknown, at: (string | number)[], v: unknown): unknown {
  if (at.length === 0) return v === DELETE ? undefined : v;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  if (rest.length === 0 && v === DELETE) delete copy[head];
  else copy[head] = setAt(copy[head], rest, v);
  return copy;
}

/** Bad input near a good one: one to three fields replaced, removed or added; sometimes not an object at all. */
function badInputsNear(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base).filter((p) => p.length > 0);
  const field = paths.length
    ? fc.oneof(fc.constantFrom(...paths), fc.constant<(string | number)[]>(['unexpected']))
    : fc.constant<(string | number)[]>(['unexpected']);
  const change = fc.tuple(field, fc.oneof({ weight: 4, arbitrary: nastyValue }, fc.constant(DELETE)));
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .array(change, { minLength: 1, maxLength: 3 })
        .map((changes) => changes.reduce<unknown>((acc, [p, v]) => setAt(acc, p, v), base)),
    },
    { weight: 1, arbitrary: nastyValue },
  );
}

// ---- Row counts: a refusal must leave every table as it was ----
let countSql = '';
async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(countSql);
  return row!;
}

type Case = {
  name: string;
  actor: () => SessionUser;
  base: unknown;
  call: (actor: SessionUser, input: unknown) => Promise<unknown>;
};

/** The outcome of one call; throws (fails the property) on anything a person should never see. */
async function check(c: Case, input: unknown) {
  const actor = c.actor();
  const before = await rowCounts();
  let error: unknown = null;
  try {
    await c.call(actor, input);
  } catch (e) {
    error = e;
  }
  if (error === null) return 'accepted';
  if (!(error instanceof AppError))
    throw new Error(`${c.name}: not an AppError: ${String((error as Error)?.stack ?? error)}`);
  expect(ALLOWED_CODES, `${c.name} answered ${error.code}`).toContain(error.code);
  for (const [field, key] of Object.entries(error.fieldErrors ?? {})) {
    expect(
      hasMessage(actor.locale, key),
      `${c.name}: field ${field} has error "${key}", not in messages/${actor.locale}.json`,
    ).toBe(true);
  }
  expect(await rowCounts(), `${c.name} refused (${error.code}) but wrote rows`).toEqual(before);
  return error.code;
}

// ---- The programme the fuzzing runs in ----
const now = new Date();
const local = (days: number, time: string) => `${isoDay(now, days)}T${time}`;
let cases: Case[] = [];
const tally: Record<string, Record<string, number>> = {};
let sessions: Record<string, string> = {};
let fixtures: Record<string, string> = {};
// Accepted fuzz input changes shared state other test files read: the decision templates (one per outcome
// and language) and pending export jobs (the scheduled job picks up all). Put them back afterwards.
let templatesBefore: Awaited<ReturnType<typeof db.decisionTemplate.findMany>> = [];
let fuzzCoordinatorId = '';

beforeAll(async () => {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY 1`,
  );
  // Sessions and the sign-in rate limiter count attempts on purpose; everything else must not change.
  const counted = tables.map((t) => t.name).filter((n) => !/^(Session|RateLimit.*|SignInAttempt.*)$/i.test(n));
  countSql = `SELECT ${counted.map((n) => `(SELECT count(*)::int FROM "${n}") AS "${n}"`).join(', ')}`;

  const c = await seedCities();
  const openCall = await createCall(db, editionDates(now, 'open'));
  const reviewCall = await createCall(db, editionDates(now, 'review'));
  const decidedCall = await createCall(db, editionDates(daysFrom(now, 152), 'decided'));
  const draftEdition = await createCall(db, {
    ...editionDates(daysFrom(now, 400), 'open'),
    status: 'DRAFT',
    openedAt: null,
  });

  const coordinator = await makeActor({ role: 'COORDINATOR', locale: 'ru', timeZone: 'Europe/Moscow' });
  fuzzCoordinatorId = coordinator.id;
  templatesBefore = await db.decisionTemplate.findMany();
  const coordinator2 = await makeActor({ role: 'COORDINATOR', locale: 'en' });
  const applicant = await makeActor({ locale: 'uk', timeZone: 'Europe/Kyiv' });
  const applicant2 = await makeActor({ locale: 'de' });
  const partner = await makeActor({ locale: 'en' });
  const official = await makeActor({
    role: 'CITY_OFFICIAL',
    officialCityId: c.leipzig!.id,
    officialVerifiedAt: new Date(),
    locale: 'de',
  });
  const unverified = await makeActor({ role: 'CITY_OFFICIAL', officialCityId: c.kyiv!.id, locale: 'uk' });

  const draft = await createApplication(db, {
    callId: openCall.id,
    applicantId: applicant.id,
    partnerUserId: partner.id,
    status: 'DRAFT',
    applicantCityId: c.leipzig!.id,
    partnerCityId: c.kyiv!.id,
  });
  const submitted = await createApplication(db, {
    callId: reviewCall.id,
    applicantId: applicant2.id,
    status: 'UNDER_REVIEW',
    applicantCityId: c.leipzig!.id,
    partnerCityId: c.kyiv!.id,
    submittedAt: daysFrom(now, -20),
  });
  const { pair } = await createSelectedPair(db, {
    callId: decidedCall.id,
    applicantId: applicant2.id,
    partnerUserId: partner.id,
    cityAId: c.leipzig!.id,
    cityBId: c.kyiv!.id,
  });
  const workshop = pair.workshops.find((w) => w.stage === 'INITIATIVE_A')!;
  const material = await createMaterial(db, {
    kind: 'GUIDE',
    stages: ['MATCH_SPRINT'],
    topics: ['projects'],
    versions: { en: { title: 'Fuzzed guide', summary: 'S', body: 'B' } },
  });
  fixtures = {
    callId: reviewCall.id,
    applicationId: submitted.id,
    workshopId: workshop.id,
    materialSlug: material.slug,
    materialId: material.id,
  };
  sessions = {
    coordinator: await createSession(db, coordinator.id),
    applicant: await createSession(db, applicant2.id),
  };

  const texts = Object.fromEntries(
    ['en', 'de', 'ru', 'uk'].map((l) => [l, { title: `T ${l}`, summary: 'S', body: 'B' }]),
  );
  // A valid edition about a year from today, the base every fuzzed editions input is made from.
  const today = new Date();
  const editionYear = Number(isoDay(today, 430).slice(0, 4));
  const edition = {
    slug: `fuzz-${editionYear}`,
    year: editionYear,
    deadlineDate: isoDay(today, 400),
    deadlineTime: '23:59',
    deadlineTimeZone: 'Europe/Berlin',
    selectionDate: isoDay(today, 430),
    windowStart: isoDay(today, 431),
    windowEnd: isoDay(today, 700),
    pairsToSelect: 2,
    contactEmail: 'booster@example.org',
    texts,
  };
  const org = { name: 'Verein', kind: 'ASSOCIATION', website: '' };
  const version = { title: 'A title', summary: 'A summary', body: 'A body' };
  const empty = { title: '', summary: '', body: '' };
  const as = (a: SessionUser) => () => a;
  const co = as(coordinator);
  const cases0: Case[] = [
    // applications (applicant's wizard)
    {
      name: 'saveDraft',
      actor: as(applicant),
      base: {
        callId: openCall.id,
        data: { contactName: 'Olena', twinnedSinceYear: 1990, applicantOrganisations: [org] },
      },
      call: applications.saveDraft,
    },
    {
      name: 'saveStep',
      actor: as(applicant),
      base: {
        callId: openCall.id,
        step: 'contact',
        data: {
          contactName: 'Olena',
          contactRole: 'Chair',
          contactEmail: 'o@example.org',
          contactPhone: '+380 44 123 4567',
          contactSocial: [],
        },
      },
      call: applications.saveStep,
    },
    {
      name: 'submitApplication',
      actor: as(applicant),
      base: { callId: openCall.id },
      call: applications.submitApplication,
    },
    {
      name: 'inviteToApplication',
      actor: as(applicant),
      base: { applicationId: draft.id, kind: 'PARTNER', locale: 'uk', email: 'p@example.org' },
      call: applicationPeople.inviteToApplication,
    },
    {
      name: 'acceptInvite',
      actor: as(partner),
      base: { token: 'abcdefghijklmnop' },
      call: applicationPeople.acceptInvite,
    },
    {
      name: 'confirmAsPartner',
      actor: as(partner),
      base: { applicationId: draft.id },
      call: applicationPeople.confirmAsPartner,
    },
    {
      name: 'savePartnerOrganisations',
      actor: as(partner),
      base: { applicationId: draft.id, partnerOrganisations: [org] },
      call: applicationPeople.savePartnerOrganisations,
    },
    {
      name: 'endorseApplication',
      actor: as(official),
      base: { applicationId: submitted.id, confirmed: true, note: 'Yes' },
      call: applicationPeople.endorseApplication,
    },
    {
      name: 'addCustomCity',
      actor: as(applicant),
      base: { name: 'Нове Місто', country: 'UA' },
      call: (a, i) => cities.addCustomCity(a, i, 'uk'),
    },
    {
      name: 'returnForChanges',
      actor: co,
      base: { applicationId: submitted.id, message: 'Please add a partner.' },
      call: applications.returnForChanges,
    },
    // profile
    {
      name: 'updateProfile',
      actor: as(applicant),
      base: { name: 'Olena', locale: 'uk', timeZone: 'Europe/Kyiv' },
      call: profile.updateProfile,
    },
    {
      name: 'requestOfficialRole',
      actor: as(unverified),
      base: { cityId: c.kyiv!.id },
      call: profile.requestOfficialRole,
    },
    {
      name: 'rememberTimeZone',
      actor: as(applicant),
      base: { timeZone: 'Europe/Kyiv' },
      call: profile.rememberTimeZone,
    },
    // editions
    { name: 'createEdition', actor: co, base: edition, call: editions.createEdition },
    {
      name: 'updateEdition',
      actor: co,
      base: { ...edition, slug: undefined, id: draftEdition.id, version: 1 },
      call: (a, i) => editions.updateEdition(a, i),
    },
    {
      name: 'openEdition',
      actor: co,
      base: { id: draftEdition.id, version: 1 },
      call: (a, i) => editions.openEdition(a, i),
    },
    {
      name: 'closeEdition',
      actor: co,
      base: { id: openCall.id, version: 1 },
      call: (a, i) => editions.closeEdition(a, i),
    },
    {
      name: 'archiveEdition',
      actor: co,
      base: { id: decidedCall.id, version: 1 },
      call: (a, i) => editions.archiveEdition(a, i),
    },
    // review and decisions
    { name: 'openReview', actor: co, base: { callId: reviewCall.id }, call: (a, i) => review.openReview(a, i) },
    {
      name: 'saveCriterion',
      actor: co,
      base: {
        callId: reviewCall.id,
        labels: { en: 'Fit', de: 'Passung', ru: 'Соответствие', uk: 'Відповідність' },
        weight: '1,5',
      },
      call: review.saveCriterion,
    },
    { name: 'deleteCriterion', actor: co, base: { criterionId: 'unknown' }, call: review.deleteCriterion },
    {
      name: 'assignReviewer',
      actor: co,
      base: { applicationId: submitted.id, reviewerId: coordinator2.id },
      call: review.assignReviewer,
    },
    {
      name: 'unassignReviewer',
      actor: co,
      base: { applicationId: submitted.id, reviewerId: coordinator2.id },
      call: review.unassignReviewer,
    },
    {
      name: 'bulkAssign',
      actor: co,
      base: { callId: reviewCall.id, applicationIds: [submitted.id], reviewerIds: [coordinator2.id] },
      call: review.bulkAssign,
    },
    {
      name: 'saveReview',
      actor: co,
      base: { applicationId: submitted.id, scores: [{ criterionId: 'unknown', score: '3', comment: 'ok' }] },
      call: review.saveReview,
    },
    {
      name: 'declareConflict',
      actor: co,
      base: { kind: 'city', cityId: c.kyiv!.id, note: 'Family there' },
      call: review.declareConflict,
    },
    { name: 'removeConflict', actor: co, base: { conflictId: 'unknown' }, call: review.removeConflict },
    {
      name: 'saveTranslation',
      actor: co,
      base: { applicationId: submitted.id, field: 'answerWho', locale: 'en', text: 'We are a club.' },
      call: review.saveTranslation,
    },
    {
      name: 'decide',
      actor: co,
      base: { applicationId: submitted.id, outcome: 'WAITLISTED', note: 'Close call' },
      call: decisions.decide,
    },
    { name: 'publishDecisions', actor: co, base: { callId: reviewCall.id }, call: decisions.publishDecisions },
    {
      name: 'promoteFromWaitlist',
      actor: co,
      base: { applicationId: submitted.id },
      call: decisions.promoteFromWaitlist,
    },
    {
      name: 'saveTemplate',
      actor: co,
      base: { outcome: 'SELECTED', locale: 'ru', subject: 'Итог', body: 'Поздравляем' },
      call: decisions.saveTemplate,
    },
    { name: 'releaseEmail', actor: co, base: { emailId: 'unknown' }, call: decisions.releaseEmail },
    { name: 'discardEmail', actor: co, base: { emailId: 'unknown' }, call: decisions.discardEmail },
    { name: 'requestPdfZip', actor: co, base: { callId: reviewCall.id }, call: requestPdfZip },
    // toolbox authoring
    {
      name: 'saveMaterial',
      actor: co,
      base: {
        slug: 'fuzz-material',
        kind: 'GUIDE',
        originalLocale: 'en',
        stages: ['MATCH_SPRINT'],
        topics: [],
        durationMinutes: 60,
        groupSizeMin: 2,
        groupSizeMax: 20,
        versions: { en: version, de: empty, ru: empty, uk: empty },
      },
      call: materials.saveMaterial,
    },
    { name: 'publishMaterial', actor: co, base: { id: material.id }, call: materials.publishMaterial },
    { name: 'unpublishMaterial', actor: co, base: { id: 'unknown' }, call: materials.unpublishMaterial },
    {
      name: 'addAttachment',
      actor: co,
      base: { materialId: material.id, fileName: 'plan.pdf', bytes: '%PDF-1.4 fuzz' },
      call: (a, i) => materials.addAttachment(a, toForm(i)),
    },
    { name: 'removeAttachment', actor: co, base: { id: 'unknown' }, call: materials.removeAttachment },
    // people
    { name: 'verifyOfficial', actor: co, base: { userId: unverified.id }, call: people.verifyOfficial },
    { name: 'unlinkOfficial', actor: co, base: { userId: official.id }, call: people.unlinkOfficial },
    {
      name: 'inviteCoordinator',
      actor: co,
      base: { email: 'new.coordinator@example.org', name: 'Nina', locale: 'ru' },
      call: people.inviteCoordinator,
    },
    { name: 'revokeCoordinator', actor: co, base: { userId: coordinator2.id }, call: people.revokeCoordinator },
    // booster workshops
    {
      name: 'scheduleWorkshop',
      actor: co,
      base: {
        workshopId: workshop.id,
        version: 1,
        startsAt: local(14, '10:00'),
        endsAt: local(14, '16:00'),
        timeZone: 'Europe/Berlin',
        format: 'ONLINE',
        hostCityId: '',
        onlineUrl: 'https://meet.example.org/x',
        languages: ['DE', 'RU'],
        facilitatorIds: [],
        expectedParticipants: '20',
      },
      call: workshops.scheduleWorkshop,
    },
    {
      name: 'cancelWorkshop',
      actor: co,
      base: { workshopId: workshop.id, version: 1, reason: 'Snow' },
      call: workshops.cancelWorkshop,
    },
    {
      name: 'recordOutcome',
      actor: co,
      base: {
        workshopId: workshop.id,
        version: 1,
        minutes: 'Met.\nTalked.',
        attendanceA: '10',
        attendanceB: 5,
        ideasA: 'one\ntwo',
        ideasB: [],
        materialIds: [material.id],
      },
      call: workshops.recordOutcome,
    },
    {
      name: 'tickLogistics',
      actor: as(applicant2),
      base: { itemId: 'unknown', done: true },
      call: workshops.tickLogistics,
    },
    {
      name: 'addLogisticsItem',
      actor: as(applicant2),
      base: { workshopId: workshop.id, cityId: c.leipzig!.id, label: 'Book a room' },
      call: workshops.addLogisticsItem,
    },
    {
      name: 'rotatePairCalendar',
      actor: as(applicant2),
      base: { pairId: pair.id },
      call: workshops.rotatePairCalendar,
    },
    { name: 'withdrawPair', actor: co, base: { pairId: pair.id, reason: 'Moved away' }, call: workshops.withdrawPair },
    // destructive ones last, so a success does not empty the programme for the others
    {
      name: 'withdrawApplication',
      actor: as(applicant2),
      base: { applicationId: submitted.id },
      call: applications.withdrawApplication,
    },
    { name: 'discardDraft', actor: as(applicant), base: { applicationId: draft.id }, call: applications.discardDraft },
    {
      name: 'deleteDraftEdition',
      actor: co,
      base: { id: draftEdition.id, version: 1 },
      call: editions.deleteDraftEdition,
    },
    // the one public action
    {
      name: 'requestSignInLink',
      actor: as(applicant),
      base: { email: 'someone@example.org', locale: 'en', callbackPath: '/en/apply' },
      call: (_a, i) => requestSignInLink(i, '203.0.113.77'),
    },
  ];
  cases = cases0;
}, 60_000);

/** An upload as the browser sends it; fuzzed fields become form entries and the file's parts. */
function toForm(input: unknown): FormData {
  const form = new FormData();
  if (!input || typeof input !== 'object') return form;
  const { fileName, bytes, ...rest } = input as Record<string, unknown>;
  for (const [k, v] of Object.entries(rest)) form.set(k, typeof v === 'string' ? v : String(v as never));
  if (fileName !== undefined)
    form.set(
      'file',
      new File(
        [typeof bytes === 'string' ? bytes : String(bytes as never)],
        typeof fileName === 'string' ? fileName : String(fileName as never),
      ),
    );
  return form;
}

afterAll(async () => {
  console.log('[fuzz] outcomes per service:', JSON.stringify(tally));
  await db.decisionTemplate.deleteMany({});
  await db.decisionTemplate.createMany({ data: templatesBefore });
  await db.exportJob.deleteMany({ where: { requestedById: fuzzCoordinatorId } });
});

// Services every action calls, without input of their own; they appear here so that a new one shows up.
const WITHOUT_INPUT = new Set(['releaseAllEmails', 'rotateFacilitatorCalendar', 'viewInvite', 'processExportJobs']);

describe('services behind server actions, with generated bad input', () => {
  it('covers every exported service that an action calls', () => {
    const actions = readdirSync(path.join(root, 'server/actions'))
      .map((f) => readFileSync(path.join(root, 'server/actions', f), 'utf8'))
      .join('\n');
    const called = new Set<string>();
    for (const mod of [
      applications,
      people,
      applicationPeople,
      cities,
      decisions,
      editions,
      materials,
      profile,
      review,
      workshops,
    ]) {
      for (const name of Object.keys(mod))
        if (typeof (mod as Record<string, unknown>)[name] === 'function' && new RegExp(`\\b${name}\\b`).test(actions))
          called.add(name);
    }
    called.add('requestPdfZip');
    called.add('requestSignInLink');
    const covered = new Set(cases.map((c) => c.name));
    const missing = [...called].filter((n) => !covered.has(n) && !WITHOUT_INPUT.has(n));
    expect(missing, 'services an action calls but the fuzzing does not').toEqual([]);
  });

  it('refuses every bad input with a known code, translated field errors and no writes', async () => {
    const started = Date.now();
    for (const c of cases) {
      tally[c.name] = {};
      await fc.assert(
        fc.asyncProperty(badInputsNear(c.base), async (input) => {
          const outcome = await check(c, input);
          tally[c.name]![outcome] = (tally[c.name]![outcome] ?? 0) + 1;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    console.log(`[fuzz] ${cases.length} services × ${RUNS} inputs in ${Date.now() - started} ms`);
  }, 120_000);
});

// ---- Route handlers ----
type RouteCase = {
  params: Record<string, fc.Arbitrary<unknown>>;
  query?: string[];
  method?: 'GET' | 'POST';
  session?: 'coordinator' | 'applicant' | '';
  skip?: string;
};
const idLike = (good: () => string) =>
  fc.oneof(
    nastyString,
    fc.constant(undefined).map(() => good()),
  );
const ROUTES: Record<string, RouteCase> = {
  'app/api/health/route.ts': { params: {} },
  'app/api/auth/[...nextauth]/route.ts': {
    params: {},
    skip: 'next-auth handles its own paths; covered by the sign-in tests',
  },
  'app/api/demo/sign-in/route.ts': { params: {}, method: 'POST', query: ['locale', 'userId'] },
  'app/api/applications/[id]/pdf/route.ts': {
    params: { id: idLike(() => fixtures.applicationId!) },
    query: ['locale'],
    session: 'coordinator',
  },
  'app/api/calendar/facilitators/[token]/route.ts': { params: { token: nastyString } },
  'app/api/calendar/pairs/[token]/route.ts': { params: { token: nastyString } },
  'app/api/coordinator/editions/[callId]/applications.csv/route.ts': {
    params: { callId: idLike(() => fixtures.callId!) },
    session: 'coordinator',
  },
  'app/api/coordinator/editions/[callId]/reviews.csv/route.ts': {
    params: { callId: idLike(() => fixtures.callId!) },
    session: 'coordinator',
  },
  'app/api/coordinator/editions/[callId]/pdfs/route.ts': {
    params: { callId: idLike(() => fixtures.callId!) },
    method: 'POST',
    session: 'coordinator',
  },
  'app/api/coordinator/exports/[id]/route.ts': {
    params: { id: nastyString },
    query: ['download'],
    session: 'coordinator',
  },
  // Renders through next-intl's server API, which needs the react-server condition vitest does not use;
  // the e2e authorization matrix (e2e/access/matrix.spec.ts) calls it over HTTP with %00 instead.
  'app/api/toolbox/[slug]/pdf/route.ts': {
    params: { slug: idLike(() => fixtures.materialSlug!) },
    query: ['lang'],
    skip: 'needs react-server',
  },
  'app/api/toolbox/attachments/[id]/route.ts': { params: { id: nastyString } },
  'app/api/toolbox/options/route.ts': { params: {}, query: ['q', 'stage', 'locale'], session: 'coordinator' },
  'app/api/workshops/[id]/ics/route.ts': { params: { id: idLike(() => fixtures.workshopId!) }, session: 'applicant' },
};

function routeFiles(dir = path.join(root, 'app/api')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === 'route.ts' ? [path.relative(root, full)] : [];
  });
}

describe('route handlers, with generated path and query parameters', () => {
  it('has an entry for every route file', () => {
    expect(routeFiles().filter((f) => !(f in ROUTES))).toEqual([]);
  });

  it('answers every request with something other than a 500', async () => {
    for (const [file, route] of Object.entries(ROUTES)) {
      if (route.skip) continue;
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<
        string,
        (req: Request, ctx: unknown) => Promise<Response>
      >;
      const handler = mod[route.method ?? 'GET']!;
      const query = fc.dictionary(
        fc.constantFrom(...(route.query ?? ['x'])),
        fc.oneof(nastyString, fc.constantFrom('en', 'uk', '1')),
        { maxKeys: 2 },
      );
      await fc.assert(
        fc.asyncProperty(fc.record(route.params), query, async (params, q) => {
          routeSession.token = route.session ? sessions[route.session]! : '';
          const url = new URL(`http://localhost:3999/${file}`);
          for (const [k, v] of Object.entries(q)) url.searchParams.set(k, String(v));
          const body =
            route.method === 'POST'
              ? new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))
              : undefined;
          let res: Response;
          try {
            res = await handler(new Request(url, { method: route.method ?? 'GET', body }), {
              params: Promise.resolve(params),
            });
          } catch (e) {
            throw new Error(`${file} threw for ${JSON.stringify(params)}: ${String((e as Error)?.stack ?? e)}`);
          }
          expect(res.status, `${file} with ${JSON.stringify(params)} ${url.search}`).toBeLessThan(500);
          await res.arrayBuffer();
        }),
        { seed: SEED, numRuns: 50, endOnFailure: true },
      );
    }
  }, 120_000);
});
