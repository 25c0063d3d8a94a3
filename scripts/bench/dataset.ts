/**
 * The bench's large dataset, in a database of its own: the demo seed around now (so every page has its usual
 * content and its demo people), and on top of it, by default,
 * - 10,000 applications: 8,000 in the edition in review (with one to three reviews each), 1,000 selected in
 *   the running edition (one per pair) and 1,000 drafts and submissions in the open call;
 * - 1,000 pairs in the running edition, each with its four workshops (done, scheduled, not yet scheduled);
 * - 10,000 published materials with 2–4 language versions each;
 * - an edition of 200 submitted applications with full answers, for the ZIP of PDFs;
 * - database sessions for the demo coordinator and the demo applicant.
 * Deterministic: the same sizes give the same data, so runs compare.
 */
import pg from 'pg';
import { generateMaterials } from './materials';
import { JOB_NAMES } from '../../server/scheduled/names';

export type Sizes = { applications: number; pairs: number; materials: number; zip: number };
export const DEFAULT_SIZES: Sizes = { applications: 10_000, pairs: 1_000, materials: 10_000, zip: 200 };

export type Dataset = {
  coordinatorToken: string;
  applicantToken: string;
  reviewCallId: string;
  zipCallId: string;
  pastSlug: string;
  materialSlug: string;
  pairId: string;
  pdfApplicationId: string;
  counts: Record<string, number>;
};

// mulberry32: a fixed pseudo-random sequence.
function random(seed: number) {
  return (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
}

const ANSWERS = {
  answerWho:
    'Eine Bürgerinitiative, der Partnerschaftsverein und das Jugendamt; in der Partnerstadt die Stadtverwaltung und zwei Schulen.',
  answerHopes:
    'Wir wollen die Partnerschaft aus der Verwaltung in die Stadtgesellschaft tragen: ein Jugendaustausch, ein gemeinsames Fest, ein Energieprojekt.',
  answerMotivation:
    'Seit Jahren gibt es Delegationsbesuche, aber kaum Begegnungen zwischen Menschen. Der Booster soll uns helfen, das zu ändern.',
};

export async function generateDataset(url: string, sizes: Sizes, now: Date): Promise<Dataset> {
  const { db } = await import('../../server/db');
  const { seedDemo } = await import('../../prisma/seed-demo');
  const { createCall, createSession } = await import('../../prisma/factories');
  const { editionDates } = await import('../../prisma/timeline');
  const { STAGES } = await import('../../lib/enums');
  const rand = random(42);

  await seedDemo(db, now);
  const cities = await db.city.findMany({ select: { id: true, timeZone: true }, orderBy: { slug: 'asc' } });
  const city = () => cities[rand(cities.length)]!;
  const calls = await db.call.findMany({ orderBy: { createdAt: 'asc' } });
  const review = calls.find((c) => c.status === 'REVIEW')!;
  const open = calls.find((c) => c.status === 'OPEN')!;
  const decided = calls.filter((c) => c.status === 'DECIDED').at(-1)!;
  const past = calls.find((c) => c.status === 'ARCHIVED' || c.year < now.getUTCFullYear() - 1) ?? decided;
  const coordinators = await db.user.findMany({ where: { role: 'COORDINATOR' }, select: { id: true, email: true } });

  const toReview = sizes.applications - sizes.pairs - Math.floor(sizes.applications / 10);
  const inOpen = sizes.applications - sizes.pairs - toReview;
  // One application per applicant and edition (a unique key): every generated application has its own applicant.
  const total = sizes.applications + sizes.zip;
  for (let start = 0; start < total; start += 1000) {
    await db.user.createMany({
      data: Array.from({ length: Math.min(1000, total - start) }, (_, i) => ({
        id: `bench-user-${start + i}`,
        email: `bench-applicant-${start + i}@bench.example`,
        name: `Bench Applicant ${start + i}`,
      })),
    });
  }
  let next = 0;
  const reviewStatuses = [
    'SUBMITTED',
    'UNDER_REVIEW',
    'UNDER_REVIEW',
    'UNDER_REVIEW',
    'WAITLISTED',
    'NOT_SELECTED',
    'WITHDRAWN',
  ] as const;
  async function applications(callId: string, count: number, status: (i: number) => string, full = false) {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 500) {
      const rows = Array.from({ length: Math.min(500, count - start) }, () => {
        const n = next++;
        const a = city();
        let b = city();
        while (b.id === a.id) b = city();
        const s = status(n);
        return {
          id: `bench-app-${n}`,
          callId,
          applicantId: `bench-user-${n}`,
          status: s as 'SUBMITTED',
          applicantCityId: a.id,
          partnerCityId: b.id,
          contactName: `Contact ${n}`,
          contactEmail: `bench-applicant-${n}@bench.example`,
          submittedAt: s === 'DRAFT' ? null : new Date(now.getTime() - (1 + rand(60)) * 86_400_000),
          partnerConfirmedAt: rand(3) ? now : null,
          ...(full && { ...ANSWERS, answerLanguage: 'de' as const, selfDeclaration: true, countriesConfirmed: true }),
        };
      });
      await db.application.createMany({ data: rows });
      await db.endorsement.createMany({
        data: rows
          .filter((_, i) => i % 3 === 0)
          .map((r) => ({ applicationId: r.id, cityId: r.applicantCityId, status: 'CONFIRMED' as const })),
      });
      ids.push(...rows.map((r) => r.id));
    }
    return ids;
  }

  const reviewIds = await applications(review.id, toReview, () => reviewStatuses[rand(reviewStatuses.length)]!);
  for (let start = 0; start < reviewIds.length; start += 1000) {
    await db.review.createMany({
      // One to three reviewers per application, rotating, about half of the reviews submitted.
      data: reviewIds.slice(start, start + 1000).flatMap((id, i) =>
        [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({
          applicationId: id,
          reviewerId: coordinators[(i + k) % coordinators.length]!.id,
          submittedAt: k === 0 || i % 2 ? now : null,
        })),
      ),
      skipDuplicates: true,
    });
  }
  await applications(open.id, inOpen, (i) => (i % 2 ? 'DRAFT' : 'SUBMITTED'));

  // Pairs: a selected application each, and its four workshops spread over the window.
  const selected = await applications(decided.id, sizes.pairs, () => 'SELECTED');
  const apps = await db.application.findMany({
    where: { id: { in: selected } },
    select: { id: true, applicantCityId: true, partnerCityId: true },
  });
  const zone = new Map(cities.map((c) => [c.id, c.timeZone]));
  const span = decided.windowEnd.getTime() - decided.windowStart.getTime();
  for (let start = 0; start < apps.length; start += 500) {
    const batch = apps.slice(start, start + 500);
    await db.boosterPair.createMany({
      data: batch.map((a) => ({
        id: `bench-pair-${a.id}`,
        callId: decided.id,
        applicationId: a.id,
        cityAId: a.applicantCityId!,
        cityBId: a.partnerCityId!,
        createdAt: decided.windowStart,
      })),
    });
    await db.workshop.createMany({
      data: batch.flatMap((a) =>
        STAGES.map((stage, k) => {
          const host = k === 1 ? a.partnerCityId! : a.applicantCityId!;
          const progress = rand(4);
          const status = k < progress ? 'DONE' : k === progress ? 'SCHEDULED' : 'NOT_SCHEDULED';
          const startsAt = new Date(decided.windowStart.getTime() + ((k + rand(10) / 10) / 4) * span);
          return status === 'NOT_SCHEDULED'
            ? { pairId: `bench-pair-${a.id}`, stage, status }
            : {
                pairId: `bench-pair-${a.id}`,
                stage,
                status,
                format: 'IN_PERSON' as const,
                hostCityId: host,
                venueName: 'Rathaus',
                startsAt,
                endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
                timeZone: zone.get(host)!,
                languages: ['DE' as const, 'RU' as const],
                ...(status === 'DONE' && {
                  minutes: 'Ein guter Anfang.',
                  attendanceA: 12,
                  attendanceB: 9,
                  doneAt: startsAt,
                }),
              };
        }),
      ),
    });
  }

  // An edition of its own for the ZIP: 200 full, submitted applications.
  const zipCall = await createCall(db, { ...editionDates(now, 'review'), slug: 'bench-zip' });
  await applications(zipCall.id, sizes.zip, () => 'SUBMITTED', true);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await generateMaterials(client, sizes.materials);
    // The e-mails the seed queued are not what is measured: left pending, the app's first outbox tick would
    // work through thousands of them (failing, SMTP is a closed port) while the first pages are driven.
    await client.query('DELETE FROM "OutboxEmail"');
    // Nor are the scheduled jobs: due at the app's start, the reminders would queue an e-mail for each of the
    // thousands of drafts (and the bench's last run left none to dedupe against) while the first pages are driven.
    await client.query(
      `INSERT INTO "ScheduledJobLease" ("name", "nextRunAt", "leasedUntil")
       SELECT unnest($1::text[]), now() + interval '1 day', 'epoch'
       ON CONFLICT ("name") DO UPDATE SET "nextRunAt" = EXCLUDED."nextRunAt"`,
      [Object.values(JOB_NAMES)],
    );
    // As autovacuum leaves a live database: statistics fresh and the visibility map set (index-only scans).
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }

  const demoCoordinator = await db.user.findFirstOrThrow({ where: { role: 'COORDINATOR', name: 'Anna Becker' } });
  const demoApplicant = await db.user.findFirstOrThrow({ where: { email: { startsWith: 'applicant@' } } });
  const seededPair = await db.boosterPair.findFirstOrThrow({
    where: { callId: decided.id, NOT: { id: { startsWith: 'bench-' } } },
    orderBy: { createdAt: 'asc' },
  });
  const material = await db.material.findFirstOrThrow({
    where: { status: 'PUBLISHED', NOT: { slug: { startsWith: 'bench-' } } },
    orderBy: { slug: 'asc' },
  });
  const pdfApp = await db.application.findFirstOrThrow({
    where: { callId: review.id, NOT: { id: { startsWith: 'bench-' } } },
  });
  const counts = {
    applications: await db.application.count(),
    pairs: await db.boosterPair.count(),
    workshops: await db.workshop.count(),
    materials: await db.material.count(),
    materialVersions: await db.materialVersion.count(),
    reviews: await db.review.count(),
  };
  return {
    coordinatorToken: await createSession(db, demoCoordinator.id, 2),
    applicantToken: await createSession(db, demoApplicant.id, 2),
    reviewCallId: review.id,
    zipCallId: zipCall.id,
    pastSlug: past.slug,
    materialSlug: material.slug,
    pairId: seededPair.id,
    pdfApplicationId: pdfApp.id,
    counts,
  };
}
