/**
 * The authorization matrix (issue 11): every page and route handler of the app, found by walking
 * app/ when the test runs, asked by every kind of person. A new page.tsx or route.ts without a row in
 * ROUTES fails the test, so nobody adds a URL without saying who may open it. A refused request looks
 * like a missing record (404, with nothing of the record in the body) or sends a signed-out visitor to
 * sign in; nothing answers 500.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { test, expect } from '../fixtures';
import { db } from '../../server/db';
import {
  createApplication,
  createCall,
  createMaterial,
  createPair,
  createSession,
  createUser,
  upsertCity,
} from '../../prisma/factories';
import { daysFrom, editionDates } from '../../prisma/timeline';
import { SEED_CITIES } from '../../prisma/seed-data/cities';
import { E2E_DEMO_PORT, E2E_PORT } from '../../playwright.config';

const PERSONAS = [
  'anonymous',
  'applicant',
  'partner',
  'otherApplicant',
  'official',
  'unverifiedOfficial',
  'otherCityOfficial',
  'coordinator',
  'facilitator',
] as const;
type Persona = (typeof PERSONAS)[number];
type Outcome = 'ok' | 'notFound' | 'signIn';

const SIGNED_IN = PERSONAS.filter((p) => p !== 'anonymous');
const COORDINATORS: Persona[] = ['coordinator', 'facilitator'];
/** Who may see the pair's application and the pair: its people, the verified official of one of its cities, coordinators. */
const PAIR_PEOPLE: Persona[] = ['applicant', 'partner', 'official', ...COORDINATORS];

const everyone = (): Outcome => 'ok';
const nobody = (): Outcome => 'notFound';
/** A signed-in page: signed-out visitors go to sign in, the others see it or the 404. */
const page =
  (allowed: readonly Persona[]) =>
  (p: Persona): Outcome =>
    p === 'anonymous' ? 'signIn' : allowed.includes(p) ? 'ok' : 'notFound';
/** A route handler never redirects: whoever may not, gets the 404. */
const api =
  (allowed: readonly Persona[]) =>
  (p: Persona): Outcome =>
    allowed.includes(p) ? 'ok' : 'notFound';

// Nothing of these may show in a refused answer.
const SECRET = {
  contact: 'Matrix Secret Contact Olesia',
  edition: 'Matrix Secret Edition Title',
  material: 'Matrix Secret Draft Material',
  venue: 'Matrix Secret Venue Hall',
};

type Records = {
  callSlug: string;
  draftEditionId: string;
  decidedCallId: string;
  applicationId: string;
  pairId: string;
  workshopId: string;
  materialSlug: string;
  draftMaterialId: string;
  attachmentId: string;
  inviteToken: string;
  pairToken: string;
  facilitatorToken: string;
  exportJobId: string;
  demoUserId: string;
};
/** `shows`: text an allowed answer contains, so a 200 is the record and not an empty shell. */
type Cell = {
  url: string;
  method?: 'GET' | 'POST';
  form?: Record<string, string>;
  server?: 'demo';
  shows?: string;
  expect: (p: Persona) => Outcome;
};

/** Route file (relative to app/) → the requests that stand for it, with the records' ids. */
const ROUTES: Record<string, (r: Records) => Cell[]> = {
  // public
  '[locale]/page.tsx': () => [{ url: '/en', expect: everyone }],
  '[locale]/[...rest]/page.tsx': () => [{ url: '/uk/no-such-page', expect: nobody }],
  '[locale]/(public)/call/page.tsx': () => [{ url: '/de/call', expect: everyone }],
  '[locale]/(public)/call/[slug]/page.tsx': (r) => [{ url: `/ru/call/${r.callSlug}`, expect: everyone }],
  '[locale]/(public)/privacy/page.tsx': () => [{ url: '/en/privacy', expect: everyone }],
  '[locale]/(public)/toolbox/page.tsx': () => [{ url: '/en/toolbox', expect: everyone }],
  // Served at /toolbox?… (proxy.ts), and at its own address.
  '[locale]/(public)/toolbox/search/page.tsx': () => [
    { url: '/de/toolbox/search?stage=MATCH_SPRINT', expect: everyone },
    // Issue 11, finding 4: NUL in the query answered 500 in every language.
    ...['en', 'de', 'ru', 'uk'].flatMap((l) =>
      ['%00', 'a%00b', '%D0%B6%00'].map((q) => ({ url: `/${l}/toolbox?q=${q}`, expect: everyone })),
    ),
  ],
  '[locale]/(public)/toolbox/[slug]/[[...view]]/page.tsx': (r) => [
    { url: `/en/toolbox/${r.materialSlug}`, expect: everyone },
    { url: `/uk/toolbox/${r.materialSlug}/en`, expect: everyone },
    { url: '/en/toolbox/%00', expect: nobody },
    { url: `/en/toolbox/${r.materialSlug}/xx`, expect: nobody },
    { url: `/en/toolbox/${r.materialSlug}/en/en`, expect: nobody },
  ],
  '[locale]/(public)/toolbox/[slug]/print/[[...lang]]/page.tsx': (r) => [
    { url: `/en/toolbox/${r.materialSlug}/print`, expect: everyone },
    { url: `/en/toolbox/${r.materialSlug}/print/en/de`, expect: nobody },
  ],
  '[locale]/(auth)/signin/page.tsx': () => [{ url: '/en/signin', expect: everyone }],
  '[locale]/(auth)/signin/confirm/page.tsx': () => [
    { url: '/en/signin/confirm?token=x&email=a%40b.org', expect: everyone },
  ],
  // demo-only: absent from a real deployment, there on the demo one
  '[locale]/dev/mailbox/page.tsx': () => [
    { url: '/en/dev/mailbox', expect: nobody },
    { url: '/en/dev/mailbox', server: 'demo', expect: everyone },
  ],
  // signed in
  '[locale]/(app)/dashboard/page.tsx': () => [{ url: '/en/dashboard', expect: page(SIGNED_IN) }],
  '[locale]/(app)/profile/page.tsx': () => [{ url: '/en/profile', expect: page(SIGNED_IN) }],
  '[locale]/(app)/apply/page.tsx': () => [{ url: '/en/apply', expect: page(SIGNED_IN) }],
  '[locale]/(app)/invites/[token]/page.tsx': (r) => [{ url: `/en/invites/${r.inviteToken}`, expect: page(SIGNED_IN) }],
  '[locale]/(app)/applications/[id]/page.tsx': (r) => [
    { url: `/en/applications/${r.applicationId}`, shows: SECRET.contact, expect: page(PAIR_PEOPLE) },
    { url: '/en/applications/%00', expect: page([]) },
  ],
  '[locale]/(app)/applications/[id]/review/page.tsx': (r) => [
    { url: `/en/applications/${r.applicationId}/review`, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/pairs/[id]/page.tsx': (r) => [{ url: `/uk/pairs/${r.pairId}`, expect: page(PAIR_PEOPLE) }],
  // coordinators only
  '[locale]/(app)/coordinator/page.tsx': () => [{ url: '/en/coordinator', expect: page(COORDINATORS) }],
  '[locale]/(app)/coordinator/booster/page.tsx': () => [{ url: '/en/coordinator/booster', expect: page(COORDINATORS) }],
  '[locale]/(app)/coordinator/booster/calendar/page.tsx': () => [
    { url: '/en/coordinator/booster/calendar?month=2026-13', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/conflicts/page.tsx': () => [
    { url: '/en/coordinator/conflicts', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/decision-templates/page.tsx': () => [
    { url: '/en/coordinator/decision-templates', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/page.tsx': () => [
    { url: '/en/coordinator/editions', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/new/page.tsx': () => [
    { url: '/en/coordinator/editions/new', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/[id]/page.tsx': (r) => [
    { url: `/en/coordinator/editions/${r.draftEditionId}`, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/[id]/edit/page.tsx': (r) => [
    { url: `/en/coordinator/editions/${r.draftEditionId}/edit`, shows: SECRET.edition, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/[id]/preview/page.tsx': (r) => [
    { url: `/en/coordinator/editions/${r.draftEditionId}/preview`, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/[id]/applications/page.tsx': (r) => [
    { url: `/en/coordinator/editions/${r.decidedCallId}/applications?q=Kyi%00v`, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/editions/[id]/ranking/page.tsx': (r) => [
    { url: `/en/coordinator/editions/${r.decidedCallId}/ranking`, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/outbox/page.tsx': () => [{ url: '/en/coordinator/outbox', expect: page(COORDINATORS) }],
  '[locale]/(app)/coordinator/people/page.tsx': () => [{ url: '/en/coordinator/people', expect: page(COORDINATORS) }],
  '[locale]/(app)/coordinator/toolbox/page.tsx': () => [{ url: '/en/coordinator/toolbox', expect: page(COORDINATORS) }],
  '[locale]/(app)/coordinator/toolbox/new/page.tsx': () => [
    { url: '/en/coordinator/toolbox/new', expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/toolbox/[id]/page.tsx': (r) => [
    { url: `/en/coordinator/toolbox/${r.draftMaterialId}`, shows: SECRET.material, expect: page(COORDINATORS) },
  ],
  '[locale]/(app)/coordinator/toolbox/[id]/preview/[[...view]]/page.tsx': (r) => [
    {
      url: `/en/coordinator/toolbox/${r.draftMaterialId}/preview`,
      shows: SECRET.material,
      expect: page(COORDINATORS),
    },
  ],
  // route handlers
  'api/health/route.ts': () => [{ url: '/api/health', expect: everyone }],
  'api/auth/[...nextauth]/route.ts': () => [{ url: '/api/auth/providers', expect: everyone }],
  'api/demo/sign-in/route.ts': (r) => [
    { url: '/api/demo/sign-in', method: 'POST', form: { userId: r.demoUserId, locale: 'en' }, expect: nobody },
    {
      url: '/api/demo/sign-in',
      method: 'POST',
      form: { userId: r.demoUserId, locale: 'en' },
      server: 'demo',
      expect: everyone,
    },
  ],
  'api/applications/[id]/pdf/route.ts': (r) => [
    { url: `/api/applications/${r.applicationId}/pdf`, expect: api(PAIR_PEOPLE) },
    { url: '/api/applications/%00/pdf', expect: nobody },
  ],
  'api/workshops/[id]/ics/route.ts': (r) => [
    { url: `/api/workshops/${r.workshopId}/ics`, shows: SECRET.venue, expect: api(PAIR_PEOPLE) },
  ],
  // secret-token feeds: whoever holds the token gets the feed; a wrong token is a 404 for everyone
  'api/calendar/pairs/[token]/route.ts': (r) => [
    { url: `/api/calendar/pairs/${r.pairToken}`, shows: SECRET.venue, expect: everyone },
    { url: `/api/calendar/pairs/${r.pairToken}x`, expect: nobody },
  ],
  'api/calendar/facilitators/[token]/route.ts': (r) => [
    { url: `/api/calendar/facilitators/${r.facilitatorToken}`, shows: SECRET.venue, expect: everyone },
    { url: '/api/calendar/facilitators/%00', expect: nobody },
  ],
  'api/coordinator/editions/[callId]/applications.csv/route.ts': (r) => [
    { url: `/api/coordinator/editions/${r.decidedCallId}/applications.csv`, expect: api(COORDINATORS) },
  ],
  'api/coordinator/editions/[callId]/reviews.csv/route.ts': (r) => [
    { url: `/api/coordinator/editions/${r.decidedCallId}/reviews.csv`, expect: api(COORDINATORS) },
  ],
  'api/coordinator/editions/[callId]/pdfs/route.ts': (r) => [
    { url: `/api/coordinator/editions/${r.decidedCallId}/pdfs`, method: 'POST', expect: api(COORDINATORS) },
  ],
  // An export belongs to the coordinator who asked for it.
  'api/coordinator/exports/[id]/route.ts': (r) => [
    { url: `/api/coordinator/exports/${r.exportJobId}`, expect: api(['coordinator']) },
  ],
  'api/toolbox/[slug]/pdf/route.ts': (r) => [
    { url: `/api/toolbox/${r.materialSlug}/pdf?lang=%00`, expect: everyone },
    { url: '/api/toolbox/%00/pdf', expect: nobody },
  ],
  // The outcome form's material picker: published materials only, for those who record outcomes.
  'api/toolbox/options/route.ts': () => [
    { url: '/api/toolbox/options?q=Matrix&locale=en', shows: 'Matrix public guide', expect: api(COORDINATORS) },
  ],
  'api/toolbox/attachments/[id]/route.ts': (r) => [
    { url: `/api/toolbox/attachments/${r.attachmentId}`, expect: everyone },
  ],
};

function routeFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full, root);
    return e.name === 'page.tsx' || e.name === 'route.ts' ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

async function makeRecords() {
  const city = (slug: string) =>
    upsertCity(
      db,
      SEED_CITIES.find((c) => c.slug === slug)!,
    );
  const [leipzig, kyiv, minsk] = [await city('leipzig'), await city('kyiv'), await city('minsk')];
  const person = async (
    role: 'APPLICANT' | 'CITY_OFFICIAL' | 'COORDINATOR',
    extra: { officialCityId?: string; officialVerifiedAt?: Date | null } = {},
  ) => {
    const user = await createUser(db, {
      email: `matrix-${role.toLowerCase()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@e2e.twincity.example`,
      role,
      ...extra,
    });
    return { id: user.id, token: await createSession(db, user.id) };
  };
  const people = {
    applicant: await person('APPLICANT'),
    partner: await person('APPLICANT'),
    otherApplicant: await person('APPLICANT'),
    official: await person('CITY_OFFICIAL', { officialCityId: leipzig.id, officialVerifiedAt: new Date() }),
    unverifiedOfficial: await person('CITY_OFFICIAL', { officialCityId: leipzig.id, officialVerifiedAt: null }),
    otherCityOfficial: await person('CITY_OFFICIAL', { officialCityId: minsk.id, officialVerifiedAt: new Date() }),
    coordinator: await person('COORDINATOR'),
    facilitator: await person('COORDINATOR'),
  };
  const now = new Date();
  const texts = (title: string) =>
    Object.fromEntries(['en', 'de', 'ru', 'uk'].map((l) => [l, { title, summary: 'Summary', body: 'Body' }])) as never;
  const decided = await createCall(db, {
    ...editionDates(daysFrom(now, 152), 'decided'),
    texts: texts('Matrix edition'),
  });
  const draftEdition = await createCall(db, {
    ...editionDates(daysFrom(now, 500), 'open'),
    status: 'DRAFT',
    openedAt: null,
    texts: texts(SECRET.edition),
  });
  const application = await createApplication(db, {
    callId: decided.id,
    applicantId: people.applicant.id,
    partnerUserId: people.partner.id,
    status: 'SELECTED',
    applicantCityId: leipzig.id,
    partnerCityId: kyiv.id,
    contactName: SECRET.contact,
    submittedAt: daysFrom(now, -250),
  });
  // "Another applicant" applied to the same edition, so they are an applicant of something, just not of this.
  await createApplication(db, {
    callId: decided.id,
    applicantId: people.otherApplicant.id,
    status: 'NOT_SELECTED',
    applicantCityId: minsk.id,
    partnerCityId: kyiv.id,
    submittedAt: daysFrom(now, -250),
  });
  return { people, leipzig, kyiv, decided, draftEdition, application };
}

test('every page and route handler answers every persona as the access rules say', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const files = routeFiles(path.join(process.cwd(), 'app'));
  expect(
    files.filter((f) => !(f in ROUTES)),
    'page or route files without a row in the matrix',
  ).toEqual([]);
  expect(
    Object.keys(ROUTES).filter((f) => !files.includes(f)),
    'matrix rows for files that no longer exist',
  ).toEqual([]);

  const { people, leipzig, kyiv, decided, draftEdition, application } = await makeRecords();
  const pair = await createPair(db, {
    callId: decided.id,
    applicationId: application.id,
    cityAId: leipzig.id,
    cityBId: kyiv.id,
  });
  const pairToken = `matrix-pair-${Date.now().toString(36)}-feedtoken`;
  await db.boosterPair.update({ where: { id: pair.id }, data: { calendarToken: pairToken } });
  const workshop = pair.workshops.find((w) => w.stage === 'INITIATIVE_A')!;
  const startsAt = daysFrom(new Date(), 20);
  await db.workshop.update({
    where: { id: workshop.id },
    data: {
      status: 'SCHEDULED',
      format: 'IN_PERSON',
      hostCityId: leipzig.id,
      venueName: SECRET.venue,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
      timeZone: 'Europe/Berlin',
      languages: ['DE'],
      facilitators: { create: { userId: people.facilitator.id } },
    },
  });
  const facilitatorToken = `matrix-facilitator-${Date.now().toString(36)}-feedtoken`;
  await db.facilitatorCalendar.create({ data: { userId: people.facilitator.id, token: facilitatorToken } });
  const material = await createMaterial(db, {
    kind: 'GUIDE',
    stages: ['MATCH_SPRINT'],
    topics: ['projects'],
    versions: { en: { title: 'Matrix public guide', summary: 'S', body: 'B' } },
  });
  const draftMaterial = await createMaterial(db, {
    kind: 'GUIDE',
    status: 'DRAFT',
    stages: ['MATCH_SPRINT'],
    topics: [],
    versions: { en: { title: SECRET.material, summary: 'S', body: 'B' } },
  });
  const attachment = await db.attachment.create({
    data: {
      materialId: material.id,
      fileName: 'plan.txt',
      mimeType: 'text/plain',
      size: 4,
      data: new Uint8Array([112, 108, 97, 110]),
      createdById: people.coordinator.id,
    },
  });
  const inviteToken = `matrix-invite-${Date.now().toString(36)}-0123456789`;
  await db.partnerInvite.create({
    data: {
      applicationId: application.id,
      email: 'invitee@e2e.twincity.example',
      tokenHash: createHash('sha256').update(inviteToken).digest('hex'),
      invitedById: people.applicant.id,
      expiresAt: daysFrom(new Date(), 7),
    },
  });
  const exportJob = await db.exportJob.create({
    data: { callId: decided.id, kind: 'pdf-zip', requestedById: people.coordinator.id, status: 'DONE' },
  });
  const demoUser = await db.user.findFirstOrThrow({ where: { email: { endsWith: '@demo.twincity.example' } } });
  const records: Records = {
    callSlug: decided.slug,
    draftEditionId: draftEdition.id,
    decidedCallId: decided.id,
    applicationId: application.id,
    pairId: pair.id,
    workshopId: workshop.id,
    materialSlug: material.slug,
    draftMaterialId: draftMaterial.id,
    attachmentId: attachment.id,
    inviteToken,
    pairToken,
    facilitatorToken,
    exportJobId: exportJob.id,
    demoUserId: demoUser.id,
  };

  const origin = (server?: 'demo') =>
    server === 'demo' ? baseURL!.replace(`:${E2E_PORT}`, `:${E2E_DEMO_PORT}`) : baseURL!;
  const contexts = new Map<string, APIRequestContext>();
  const contextFor = async (persona: Persona, server?: 'demo') => {
    const key = `${persona}:${server ?? ''}`;
    if (!contexts.has(key)) {
      const token = persona === 'anonymous' ? null : people[persona].token;
      contexts.set(
        key,
        await playwrightRequest.newContext({
          baseURL: origin(server),
          extraHTTPHeaders: token ? { cookie: `next-auth.session-token=${token}` } : {},
        }),
      );
    }
    return contexts.get(key)!;
  };

  const mismatches: string[] = [];
  let cells = 0;
  for (const [file, cellsOf] of Object.entries(ROUTES)) {
    for (const cell of cellsOf(records)) {
      for (const persona of PERSONAS) {
        cells += 1;
        const ctx = await contextFor(persona, cell.server);
        const res = await ctx.fetch(cell.url, { method: cell.method ?? 'GET', form: cell.form, maxRedirects: 0 });
        const status = res.status();
        const location = res.headers()['location'] ?? '';
        const body = status === 404 || cell.shows ? await res.text() : '';
        let got: Outcome | string = `${status}`;
        if (status >= 200 && status < 300) got = 'ok';
        else if (status === 404) got = 'notFound';
        else if (status >= 300 && status < 400 && /\/signin\?callbackUrl=/.test(location)) got = 'signIn';
        else if (status >= 300 && status < 400 && cell.server === 'demo' && cell.method === 'POST')
          got = 'ok'; // the demo sign-in follows a magic link
        else if (status >= 300 && status < 400) got = `${status} → ${location}`;
        const want = cell.expect(persona);
        if (got === 'ok' && cell.shows && !body.includes(cell.shows))
          mismatches.push(`${file} ${cell.url} as ${persona}: answered ${status} without "${cell.shows}"`);
        if (got !== want)
          mismatches.push(
            `${file} ${cell.method ?? 'GET'} ${cell.url}${cell.server ? ' (demo)' : ''} as ${persona}: expected ${want}, got ${got}`,
          );
        const leaked = status === 404 ? Object.values(SECRET).filter((s) => body.includes(s)) : [];
        if (leaked.length) mismatches.push(`${file} ${cell.url} as ${persona}: the 404 shows ${leaked.join(', ')}`);
      }
    }
  }
  for (const ctx of contexts.values()) await ctx.dispose();
  console.log(`[matrix] ${files.length} route files, ${cells} cells`);
  expect(mismatches, mismatches.join('\n')).toEqual([]);
});
