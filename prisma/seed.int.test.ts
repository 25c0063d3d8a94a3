import { STAGES } from '@/lib/enums';
import { afterAll, describe, expect, it } from 'vitest';
import { createDbClient } from '@/server/db';
import { checkSchedule, nextStep, windowInZone } from '@/lib/booster/stage-rules';
import { seedDemo } from './seed-demo';
import { DAY_MS } from './timeline';

// The seed builds its editions around "now". Run it on three days of next year (a year taken from the
// clock, so this test holds no fixed future date) and check what a person trying the demo relies on.
const nextYear = new Date().getUTCFullYear() + 1;
const DAYS = [
  new Date(Date.UTC(nextYear, 0, 1, 0, 0)),
  new Date(Date.UTC(nextYear, 5, 30, 12, 0)),
  new Date(Date.UTC(nextYear, 11, 31, 23, 30)),
];

const db = createDbClient({ url: `${process.env.DATABASE_URL}_seed`, max: 2 });
afterAll(() => db.$disconnect());

async function emptyDatabase() {
  const tables = await db.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`);
}

describe.each(DAYS.map((now) => [now.toISOString(), now] as const))('the demo seeded at %s', (_label, now) => {
  it(
    'has history, a running edition with a late pair, an edition in review and an open call',
    { timeout: 120_000 },
    async () => {
      await emptyDatabase();
      await seedDemo(db, now);
      const calls = await db.call.findMany({ include: { texts: true } });

      // History keeps its real dates.
      const history = calls.find((c) => c.slug === '2020')!;
      expect(history.status).toBe('ARCHIVED');
      expect(history.applicationDeadline.toISOString()).toBe('2019-12-31T22:59:00.000Z');

      // One open call, its deadline some weeks ahead; the wizard finds it as "open for applying".
      const open = calls.filter((c) => c.status === 'OPEN');
      expect(open).toHaveLength(1);
      const weeksAhead = (open[0]!.applicationDeadline.getTime() - now.getTime()) / (7 * DAY_MS);
      expect(weeksAhead).toBeGreaterThan(3);
      expect(weeksAhead).toBeLessThan(10);
      expect(open[0]!.openedAt!.getTime()).toBeLessThan(now.getTime());
      const openApps = await db.application.findMany({ where: { callId: open[0]!.id } });
      expect(openApps.map((a) => a.status)).toEqual(expect.arrayContaining(['DRAFT', 'SUBMITTED']));

      // One edition in review: deadline passed, selection ahead, criteria, reviews by both demo coordinators, a conflict.
      const review = calls.filter((c) => c.status === 'REVIEW');
      expect(review).toHaveLength(1);
      const r = review[0]!;
      expect(r.applicationDeadline.getTime()).toBeLessThan(now.getTime());
      expect(r.reviewOpenedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(r.selectionDate.getTime()).toBeGreaterThan(now.getTime());
      expect(await db.reviewCriterion.count({ where: { callId: r.id } })).toBeGreaterThanOrEqual(3);
      const underReview = await db.application.findMany({
        where: { callId: r.id, status: 'UNDER_REVIEW' },
        include: { reviews: { include: { reviewer: true, scores: true } } },
      });
      expect(underReview.length).toBeGreaterThanOrEqual(4);
      const submittedReviews = underReview.flatMap((a) => a.reviews.filter((x) => x.submittedAt));
      expect(new Set(submittedReviews.map((x) => x.reviewer.email))).toEqual(
        new Set(['coordinator@demo.twincity.example', 'facilitator@demo.twincity.example']),
      );
      for (const x of submittedReviews) {
        expect(x.submittedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(x.scores.length).toBeGreaterThan(0);
      }
      // A ranking to look at: several applications scored, one still missing a review.
      expect(underReview.filter((a) => a.reviews.some((x) => x.submittedAt)).length).toBeGreaterThanOrEqual(4);
      expect(underReview.some((a) => a.reviews.some((x) => !x.submittedAt))).toBe(true);
      const conflicts = await db.conflictOfInterest.findMany({ include: { reviewer: true } });
      expect(conflicts).toHaveLength(1);
      const conflicted = underReview.filter(
        (a) => a.applicantCityId === conflicts[0]!.cityId || a.partnerCityId === conflicts[0]!.cityId,
      );
      expect(conflicted).toHaveLength(1);
      expect(conflicted[0]!.reviews.map((x) => x.reviewerId)).not.toContain(conflicts[0]!.reviewerId);

      // One decided edition whose workshop window contains now, with pairs at stages 1–4 and exactly one late.
      const decided = calls.filter((c) => c.status === 'DECIDED');
      expect(decided).toHaveLength(1);
      const d = decided[0]!;
      const window = windowInZone(d, 'Europe/Berlin');
      expect(window.start.getTime()).toBeLessThan(now.getTime());
      expect(window.end.getTime()).toBeGreaterThan(now.getTime());
      const pairs = await db.boosterPair.findMany({ where: { callId: d.id }, include: { workshops: true } });
      const steps = pairs.map((p) => nextStep(p.status, p.workshops, now));
      const stageOf = (s: (typeof steps)[number]) => ('stage' in s ? STAGES.indexOf(s.stage) + 1 : 0);
      expect(steps.map(stageOf).sort()).toEqual([1, 2, 3, 4]);
      const late = pairs.filter((p) => p.workshops.some((w) => w.status === 'SCHEDULED' && w.startsAt! < now));
      expect(late).toHaveLength(1);
      expect(steps.filter((s) => s.kind === 'record')).toHaveLength(1);
      for (const p of pairs) {
        for (const w of p.workshops.filter((x) => x.status !== 'NOT_SCHEDULED')) {
          // Every planned or held workshop obeys the scheduling rules: inside the window, in stage order, right host.
          const others = p.workshops.filter((x) => x.id !== w.id);
          const errors = checkSchedule(
            {
              stage: w.stage,
              startsAt: w.startsAt!,
              endsAt: w.endsAt!,
              timeZone: w.timeZone!,
              hostCityId: w.hostCityId,
              format: w.format!,
            },
            others,
            d,
            p,
          );
          expect(errors, `${w.stage} of pair ${p.id}`).toEqual({});
          if (w.status === 'DONE') expect(w.doneAt!.getTime()).toBeLessThanOrEqual(now.getTime());
        }
      }

      // Editions are told apart by slug and title; no summary or body holds a date that the deadline could outrun.
      expect(new Set(calls.map((c) => c.slug)).size).toBe(calls.length);
      const titles = calls.map((c) => c.texts.find((t) => t.locale === 'en')!.title);
      expect(new Set(titles).size).toBe(calls.length);
      for (const c of calls) {
        for (const t of c.texts) expect(t.summary + t.body).not.toMatch(/\d/);
      }

      // Nothing that happened lies in the future.
      const past = [
        ...(await db.application.findMany({ where: { submittedAt: { not: null } } })).map((a) => a.submittedAt!),
        ...(await db.decision.findMany()).flatMap((x) => [x.decidedAt, x.publishedAt!]),
        ...(await db.material.findMany()).map((m) => m.publishedAt!),
        ...(await db.endorsement.findMany({ where: { confirmedAt: { not: null } } })).map((e) => e.confirmedAt!),
      ];
      for (const when of past) expect(when.getTime()).toBeLessThanOrEqual(now.getTime());
    },
  );
});
