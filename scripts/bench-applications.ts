/**
 * `npm run bench:applications`: generates an edition with 5,000 applications in a database of its own
 * (BENCH_DATABASE_URL, default twincity_bench), times the coordinators' list query with filters
 * (p50/p95 over repeated runs) and prints the query plans of its main shapes, to check they use indexes.
 * A measurement, not a test: nothing here fails on a number.
 */
// @ts-expect-error plain ESM helper shared with the npm scripts
import { freshMigratedDatabase } from './test-db.mjs';

const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_bench';
const COUNT = Number(process.env.BENCH_APPLICATIONS ?? 5000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function main() {
  await freshMigratedDatabase(url);
  process.env.DATABASE_URL = url;
  const { db, disconnectDb } = await import('../server/db');
  const { upsertCity, createCall, createUser } = await import('../prisma/factories');
  const { SEED_CITIES } = await import('../prisma/seed-data/cities');
  const { DEFAULT_CRITERIA } = await import('../prisma/seed-data/calls');
  const { listEditionApplications } = await import('../server/queries/review');
  const { ZApplicationFilterSchema } = await import('../lib/validation/review');
  const { toSessionUser } = await import('../server/auth');
  const { editionDates } = await import('../prisma/timeline');

  const cities: Awaited<ReturnType<typeof upsertCity>>[] = [];
  for (const c of SEED_CITIES) cities.push(await upsertCity(db, c));
  const call = await createCall(db, editionDates(new Date(), 'review'));
  await db.reviewCriterion.createMany({
    data: DEFAULT_CRITERIA.map((c, position) => ({ callId: call.id, position, ...c })),
  });
  const coordinators = await Promise.all(
    [1, 2, 3, 4, 5].map((i) => createUser(db, { email: `bench-coordinator-${i}@bench.example`, role: 'COORDINATOR' })),
  );
  // One application per applicant and edition (a unique key), so every application has its own applicant.
  await db.user.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      id: `bench-user-${i}`,
      email: `bench-applicant-${i}@bench.example`,
    })),
  });
  const statuses = [
    'SUBMITTED',
    'UNDER_REVIEW',
    'UNDER_REVIEW',
    'UNDER_REVIEW',
    'WAITLISTED',
    'NOT_SELECTED',
    'WITHDRAWN',
    'DRAFT',
  ] as const;
  // A deterministic spread, so runs compare.
  let seed = 42;
  const rand = (n: number) => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
  };
  const started = Date.now();
  for (let batch = 0; batch < COUNT; batch += 500) {
    const rows = Array.from({ length: Math.min(500, COUNT - batch) }, (_, i) => {
      const a = cities[rand(cities.length)]!;
      const b = cities[rand(cities.length)]!;
      return {
        id: `bench-app-${batch + i}`,
        callId: call.id,
        applicantId: `bench-user-${batch + i}`,
        status: statuses[rand(statuses.length)]!,
        applicantCityId: a.id,
        partnerCityId: b.id,
        contactName: `Contact ${batch + i}`,
        submittedAt: new Date(Date.now() - rand(60 * 86_400_000)),
        partnerConfirmedAt: rand(3) ? new Date() : null,
      };
    });
    await db.application.createMany({ data: rows });
    await db.endorsement.createMany({
      data: rows
        .filter((_, i) => i % 3 === 0)
        .map((r) => ({ applicationId: r.id, cityId: r.applicantCityId, status: 'CONFIRMED' as const })),
    });
    await db.review.createMany({
      // One to three reviewers per application, rotating, about half of the reviews submitted.
      data: rows.flatMap((r, i) =>
        [0, 1, 2].slice(0, 1 + (i % 3)).map((k) => ({
          applicationId: r.id,
          reviewerId: coordinators[(i + k) % coordinators.length]!.id,
          submittedAt: k === 0 || i % 2 ? new Date() : null,
        })),
      ),
    });
  }
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`[bench] ${COUNT} applications generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const actor = toSessionUser(coordinators[0]!);
  const cases: Record<string, Record<string, string>> = {
    'default (submission date, page 1)': {},
    'status UNDER_REVIEW': { status: 'UNDER_REVIEW' },
    'country UA + endorsed': { country: 'UA', endorsed: 'yes' },
    'partner confirmed + not reviewed by me': { partner: 'yes', mine: 'todo' },
    'city search "Харків"': { q: 'Харків' },
    'city search "Charkiw", sorted by city, page 3': { q: 'Charkiw', sort: 'city', page: '3' },
    'sorted by status, page 40': { sort: 'status', page: '40' },
  };
  console.log(`[bench] list query, ${RUNS} runs per case (ms)`);
  for (const [name, raw] of Object.entries(cases)) {
    const filter = ZApplicationFilterSchema.parse(raw);
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = (await listEditionApplications(actor, call.id, filter, 'uk')).total;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`  ${name.padEnd(48)} p50 ${p(0.5).padStart(7)}  p95 ${p(0.95).padStart(7)}  (${total} matches)`);
  }

  // The plans of the list's main shapes: the page of rows and the count.
  const plans: Record<string, string> = {
    'page by status, submission order': `SELECT "id" FROM "Application"
      WHERE "callId" = '${call.id}' AND "status" = 'UNDER_REVIEW' ORDER BY "submittedAt", "id" LIMIT 25`,
    'page of all, submission order': `SELECT "id" FROM "Application"
      WHERE "callId" = '${call.id}' AND "status" <> 'DRAFT' ORDER BY "submittedAt", "id" LIMIT 25`,
    'reviews of a page': `SELECT "reviewerId", "submittedAt" FROM "Review"
      WHERE "applicationId" IN (SELECT "id" FROM "Application" WHERE "callId" = '${call.id}' LIMIT 25)`,
    'my reviews (reviewed by me)': `SELECT count(*) FROM "Application" a
      WHERE a."callId" = '${call.id}' AND EXISTS (SELECT 1 FROM "Review" r
        WHERE r."applicationId" = a."id" AND r."reviewerId" = '${coordinators[0]!.id}' AND r."submittedAt" IS NOT NULL)`,
  };
  for (const [name, sql] of Object.entries(plans)) {
    const rows = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ANALYZE ${sql}`);
    const lines = rows.map((r) => r['QUERY PLAN']);
    const usesIndex = lines.some((l) => /Index (Only )?Scan|Bitmap Index Scan/.test(l));
    console.log(`[bench] plan: ${name} — ${usesIndex ? 'uses an index' : 'NO INDEX'}`);
    for (const l of lines) console.log(`    ${l}`);
  }
  await disconnectDb();
}

main().catch((error) => {
  console.error('[bench] failed', error);
  process.exit(1);
});
