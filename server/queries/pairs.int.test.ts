import { beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor, seedCities } from '../test/helpers';
import { getPairMatrix } from './pairs';
import { createCall, createSelectedPair } from '@/prisma/factories';
import { daysFrom, editionDates } from '@/prisma/timeline';

const now = new Date();
// An edition year of its own, from the clock, so the year filter sees only this file's pairs.
const year = now.getUTCFullYear() + 40;
const pairIds: string[] = [];

beforeAll(async () => {
  const cities = await seedCities();
  const call = await createCall(db, { ...editionDates(now, 'decided'), year, slug: `matrix-${Date.now()}` });
  for (const [a, b] of [
    ['leipzig', 'kyiv'],
    ['bonn', 'kharkiv'],
    ['kassel', 'minsk'],
  ] as const) {
    const applicant = await makeActor();
    const { pair } = await createSelectedPair(db, {
      callId: call.id,
      applicantId: applicant.id,
      cityAId: cities[a]!.id,
      cityBId: cities[b]!.id,
    });
    pairIds.push(pair.id);
  }
  // The second pair's first workshop ended five days ago and is still only planned.
  await db.workshop.updateMany({
    where: { pairId: pairIds[1], stage: 'INITIATIVE_A' },
    data: {
      status: 'SCHEDULED',
      format: 'IN_PERSON',
      hostCityId: cities.bonn!.id,
      startsAt: daysFrom(now, -5),
      endsAt: new Date(daysFrom(now, -5).getTime() + 6 * 3_600_000),
      timeZone: 'Europe/Berlin',
    },
  });
});

describe('the booster overview', () => {
  it('comes in pages, in the order the pairs were made, and a page past the end shows the last one', async () => {
    const first = await getPairMatrix({ year }, now, 2);
    expect(first).toMatchObject({ total: 3, page: 1, pages: 2 });
    expect(first.rows.map((r) => r.id)).toEqual(pairIds.slice(0, 2));
    const second = await getPairMatrix({ year, page: 2 }, now, 2);
    expect(second.rows.map((r) => r.id)).toEqual(pairIds.slice(2));
    expect((await getPairMatrix({ year, page: 99 }, now, 2)).page).toBe(2);
  });

  it('keeps only the late pairs under the late filter, counted and paged as such', async () => {
    const late = await getPairMatrix({ year, late: true }, now, 2);
    expect(late).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(late.rows[0]!.id).toBe(pairIds[1]);
    expect(late.rows[0]!.stages[0]!.flags).toContain('planned-in-past');
  });
});
