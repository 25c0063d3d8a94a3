import { describe, expect, it } from 'vitest';
import { lastActivityOf, pairLateness, type PairLatenessFacts } from './lateness';

const DAY = 86_400_000;
// Any day works: every date below is read relative to this one.
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);

const call = { windowStart: ago(200), windowEnd: new Date(now.getTime() + 200 * DAY), deadlineTimeZone: 'Europe/Kyiv' };
const NO_OUTCOME = { minutes: null, attendanceA: null, attendanceB: null };

function pair(overrides: Partial<PairLatenessFacts> = {}): PairLatenessFacts {
  return {
    status: 'ACTIVE',
    createdAt: ago(100),
    call,
    workshops: [
      {
        stage: 'INITIATIVE_A',
        status: 'SCHEDULED',
        startsAt: ago(10),
        endsAt: ago(10),
        timeZone: 'Europe/Berlin',
        updatedAt: ago(20),
        logistics: [{ doneAt: ago(12) }],
        ...NO_OUTCOME,
      },
      {
        stage: 'INITIATIVE_B',
        status: 'DONE',
        startsAt: ago(30),
        endsAt: ago(30),
        timeZone: 'Europe/Kyiv',
        updatedAt: ago(29),
        logistics: [],
        ...NO_OUTCOME,
      },
    ],
    ...overrides,
  };
}

describe('pairLateness', () => {
  it('flags each workshop by its stage: one still planned after it ended, one done with nothing recorded', () => {
    const { flags, inactive } = pairLateness(pair(), now);
    expect(flags.get('INITIATIVE_A')).toEqual(['planned-in-past']);
    expect(flags.get('INITIATIVE_B')).toEqual(['done-without-outcome']);
    expect(flags.has('MATCH_SPRINT')).toBe(false);
    expect(inactive).toBe(false);
  });

  it('counts a ticked checklist item as activity, and calls a pair quiet after six weeks of nothing', () => {
    const quiet = pair({
      workshops: pair().workshops.map((w) => ({ ...w, updatedAt: ago(60), logistics: [{ doneAt: ago(43) }] })),
    });
    expect(lastActivityOf(quiet)).toEqual(ago(43));
    expect(pairLateness(quiet, now).inactive).toBe(true);
    const ticked = pair({ workshops: quiet.workshops.map((w) => ({ ...w, logistics: [{ doneAt: ago(41) }] })) });
    expect(pairLateness(ticked, now).inactive).toBe(false);
  });

  it('flags nothing for a pair that is not running', () => {
    const { flags, inactive } = pairLateness(pair({ status: 'WITHDRAWN', createdAt: ago(400) }), now);
    expect([...flags.values()].flat()).toEqual([]);
    expect(inactive).toBe(false);
  });
});
