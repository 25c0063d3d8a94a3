import { describe, expect, it } from 'vitest';
import {
  checkMarkDone,
  checkSchedule,
  isInactive,
  nextStep,
  riskFlags,
  windowInZone,
  type WorkshopFacts,
} from './stage-rules';

const NO_OUTCOME = { minutes: null, attendanceA: null, attendanceB: null };
import { chosenInstant, parseLocalInput, resolveLocal } from '@/lib/time/zoned';

const window = { windowStart: new Date('2027-02-01T00:00:00Z'), windowEnd: new Date('2027-11-30T00:00:00Z') };
const cities = { cityAId: 'berlin', cityBId: 'kyiv' };
const at = (iso: string) => new Date(iso);
const local = (value: string, zone: string) => chosenInstant(resolveLocal(parseLocalInput(value)!, zone))!;

const planned = (
  stage: WorkshopFacts['stage'],
  start: string,
  end: string,
  status: WorkshopFacts['status'] = 'SCHEDULED',
): WorkshopFacts => ({
  stage,
  status,
  startsAt: at(start),
  endsAt: at(end),
});
const unscheduled = (stage: WorkshopFacts['stage']): WorkshopFacts => ({
  stage,
  status: 'NOT_SCHEDULED',
  startsAt: null,
  endsAt: null,
});

describe('the edition window', () => {
  it('opens at local midnight of the first day and closes at local midnight after the last', () => {
    expect(windowInZone(window, 'Europe/Berlin')).toEqual({
      start: at('2027-01-31T23:00:00Z'),
      end: at('2027-11-30T23:00:00Z'),
    });
    expect(windowInZone(window, 'Europe/Moscow')).toEqual({
      start: at('2027-01-31T21:00:00Z'),
      end: at('2027-11-30T21:00:00Z'),
    });
  });

  const base = { stage: 'INITIATIVE_A' as const, format: 'IN_PERSON' as const, hostCityId: 'berlin' };

  it('accepts a workshop starting at 00:00 on the first day in the venue zone', () => {
    const p = {
      ...base,
      timeZone: 'Europe/Kyiv',
      startsAt: local('2027-02-01T00:00', 'Europe/Kyiv'),
      endsAt: local('2027-02-01T12:00', 'Europe/Kyiv'),
    };
    expect(checkSchedule(p, [], window, cities)).toEqual({});
  });

  it('refuses one starting 23:59 the evening before, although it is already 1 February in Moscow', () => {
    const p = {
      ...base,
      timeZone: 'Europe/Berlin',
      startsAt: local('2027-01-31T23:59', 'Europe/Berlin'),
      endsAt: local('2027-02-01T10:00', 'Europe/Berlin'),
    };
    expect(checkSchedule(p, [], window, cities).startsAt).toBe('scheduling.errors.outsideWindow');
  });

  it('accepts one ending at midnight after the last day, refuses one a minute later', () => {
    const start = local('2027-11-30T09:00', 'Europe/Minsk');
    const ok = {
      ...base,
      timeZone: 'Europe/Minsk',
      startsAt: start,
      endsAt: local('2027-12-01T00:00', 'Europe/Minsk'),
    };
    expect(checkSchedule(ok, [], window, cities)).toEqual({});
    const late = { ...ok, endsAt: local('2027-12-01T00:01', 'Europe/Minsk') };
    expect(checkSchedule(late, [], window, cities).endsAt).toBe('scheduling.errors.outsideWindow');
  });

  it('refuses an end before the start', () => {
    const p = {
      ...base,
      timeZone: 'Europe/Berlin',
      startsAt: at('2027-03-01T10:00:00Z'),
      endsAt: at('2027-03-01T09:00:00Z'),
    };
    expect(checkSchedule(p, [], window, cities).endsAt).toBe('scheduling.errors.endBeforeStart');
  });
});

describe('host cities', () => {
  const times = { timeZone: 'Europe/Berlin', startsAt: at('2027-03-01T09:00:00Z'), endsAt: at('2027-03-01T15:00:00Z') };
  it('keeps stage 1 in the applicant city and stage 2 in the partner city', () => {
    expect(
      checkSchedule({ ...times, stage: 'INITIATIVE_A', format: 'IN_PERSON', hostCityId: 'kyiv' }, [], window, cities)
        .hostCityId,
    ).toBe('scheduling.errors.hostCityFixed');
    expect(
      checkSchedule({ ...times, stage: 'INITIATIVE_B', format: 'IN_PERSON', hostCityId: 'kyiv' }, [], window, cities),
    ).toEqual({});
  });
  it('lets joint stages be in either city or online, but not nowhere in person', () => {
    const others = [
      planned('INITIATIVE_A', '2027-02-10T09:00:00Z', '2027-02-10T15:00:00Z'),
      planned('INITIATIVE_B', '2027-02-20T09:00:00Z', '2027-02-20T15:00:00Z'),
    ];
    const joint = { ...times, stage: 'MATCH_SPRINT' as const };
    expect(checkSchedule({ ...joint, format: 'ONLINE', hostCityId: null }, others, window, cities)).toEqual({});
    expect(checkSchedule({ ...joint, format: 'HYBRID', hostCityId: 'kyiv' }, others, window, cities)).toEqual({});
    expect(checkSchedule({ ...joint, format: 'IN_PERSON', hostCityId: null }, others, window, cities).hostCityId).toBe(
      'scheduling.errors.hostCityRequired',
    );
    expect(
      checkSchedule({ ...joint, format: 'IN_PERSON', hostCityId: 'paris' }, others, window, cities).hostCityId,
    ).toBe('scheduling.errors.hostCityFixed');
  });
});

describe('stage order', () => {
  const a = planned('INITIATIVE_A', '2027-03-01T09:00:00Z', '2027-03-02T15:00:00Z');
  const b = planned('INITIATIVE_B', '2027-03-10T09:00:00Z', '2027-03-11T15:00:00Z');
  const ms = (start: string, end: string) => ({
    stage: 'MATCH_SPRINT' as const,
    format: 'ONLINE' as const,
    hostCityId: null,
    timeZone: 'Europe/Kyiv',
    startsAt: at(start),
    endsAt: at(end),
  });

  it('refuses Match & Sprint before both initiative workshops are scheduled', () => {
    expect(
      checkSchedule(
        ms('2027-04-01T09:00:00Z', '2027-04-01T15:00:00Z'),
        [a, unscheduled('INITIATIVE_B')],
        window,
        cities,
      ).startsAt,
    ).toBe('scheduling.errors.needs.MATCH_SPRINT');
  });
  it('refuses Match & Sprint starting before the later initiative workshop ends, to the minute', () => {
    expect(checkSchedule(ms('2027-03-11T14:59:00Z', '2027-03-12T15:00:00Z'), [a, b], window, cities).startsAt).toBe(
      'scheduling.errors.needs.MATCH_SPRINT',
    );
    expect(checkSchedule(ms('2027-03-11T15:00:00Z', '2027-03-12T15:00:00Z'), [a, b], window, cities)).toEqual({});
  });
  it('ignores a cancelled initiative workshop', () => {
    const cancelled = { ...b, status: 'CANCELLED' as const };
    expect(
      checkSchedule(ms('2027-04-01T09:00:00Z', '2027-04-01T15:00:00Z'), [a, cancelled], window, cities).startsAt,
    ).toBe('scheduling.errors.needs.MATCH_SPRINT');
  });
  it('refuses Sprint & Succeed before Match & Sprint ends', () => {
    const m = planned('MATCH_SPRINT', '2027-04-01T09:00:00Z', '2027-04-02T15:00:00Z');
    const ss = { ...ms('2027-04-02T09:00:00Z', '2027-04-02T18:00:00Z'), stage: 'SPRINT_SUCCEED' as const };
    expect(checkSchedule(ss, [a, b, m], window, cities).startsAt).toBe('scheduling.errors.needs.SPRINT_SUCCEED');
  });
  it('refuses moving an initiative workshop past an already planned Match & Sprint', () => {
    const m = planned('MATCH_SPRINT', '2027-04-01T09:00:00Z', '2027-04-02T15:00:00Z');
    const moved = {
      stage: 'INITIATIVE_B' as const,
      format: 'IN_PERSON' as const,
      hostCityId: 'kyiv',
      timeZone: 'Europe/Kyiv',
      startsAt: at('2027-04-01T08:00:00Z'),
      endsAt: at('2027-04-01T16:00:00Z'),
    };
    expect(checkSchedule(moved, [a, m], window, cities).endsAt).toBe('scheduling.errors.overlapsLater.MATCH_SPRINT');
  });
  it('marks Match & Sprint done only after both initiative workshops are done', () => {
    expect(checkMarkDone('MATCH_SPRINT', 'SCHEDULED', [{ ...a, status: 'DONE' }, b])).toBe(
      'scheduling.errors.doneNeeds.MATCH_SPRINT',
    );
    expect(
      checkMarkDone('MATCH_SPRINT', 'SCHEDULED', [
        { ...a, status: 'DONE' },
        { ...b, status: 'DONE' },
      ]),
    ).toBeNull();
    expect(
      checkMarkDone('SPRINT_SUCCEED', 'SCHEDULED', [
        planned('MATCH_SPRINT', '2027-04-01T09:00:00Z', '2027-04-02T15:00:00Z'),
      ]),
    ).toBe('scheduling.errors.doneNeeds.SPRINT_SUCCEED');
    expect(checkMarkDone('INITIATIVE_A', 'NOT_SCHEDULED', [])).toBe('scheduling.errors.notScheduled');
  });
});

describe('what comes next and risks', () => {
  const now = at('2027-03-05T12:00:00Z');
  it('names the first open stage and who acts', () => {
    const ws = [
      planned('INITIATIVE_A', '2027-03-01T09:00:00Z', '2027-03-02T15:00:00Z', 'DONE'),
      planned('INITIATIVE_B', '2027-03-10T09:00:00Z', '2027-03-11T15:00:00Z'),
      unscheduled('MATCH_SPRINT'),
      unscheduled('SPRINT_SUCCEED'),
    ];
    expect(nextStep('ACTIVE', ws, now)).toEqual({ kind: 'hold', stage: 'INITIATIVE_B' });
    expect(nextStep('ACTIVE', ws, at('2027-03-12T00:00:00Z'))).toEqual({ kind: 'record', stage: 'INITIATIVE_B' });
    expect(nextStep('WITHDRAWN', ws, now)).toEqual({ kind: 'withdrawn' });
    expect(nextStep('ACTIVE', [unscheduled('INITIATIVE_A')], now)).toEqual({ kind: 'schedule', stage: 'INITIATIVE_A' });
  });
  it('flags an unscheduled stage when less than eight weeks of the window remain', () => {
    const w = { ...unscheduled('SPRINT_SUCCEED'), ...NO_OUTCOME, openChecklistItems: 0 };
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-10-04T00:00:00Z'))).toEqual([]);
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-10-06T00:00:00Z'))).toEqual(['unscheduled-late']);
  });
  it('reads the end of the window in the zone it is given, not in Berlin', () => {
    const w = { ...unscheduled('SPRINT_SUCCEED'), ...NO_OUTCOME, openChecklistItems: 0 };
    // The window ends at midnight after 30 November: 23:00 UTC in Berlin, 21:00 UTC in Moscow.
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-10-05T22:00:00Z'))).toEqual([]);
    expect(riskFlags(w, window, 'Europe/Moscow', at('2027-10-05T22:00:00Z'))).toEqual(['unscheduled-late']);
  });
  it('flags an incomplete host checklist a week before', () => {
    const w = {
      ...planned('INITIATIVE_B', '2027-03-10T09:00:00Z', '2027-03-11T15:00:00Z'),
      ...NO_OUTCOME,
      openChecklistItems: 2,
    };
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-03-01T12:00:00Z'))).toEqual([]);
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-03-04T12:00:00Z'))).toEqual(['checklist-incomplete']);
    expect(riskFlags({ ...w, openChecklistItems: 0 }, window, 'Europe/Berlin', at('2027-03-04T12:00:00Z'))).toEqual([]);
  });
  it('flags a workshop still planned two days after it ended, and one done with nothing recorded', () => {
    const w = {
      ...planned('INITIATIVE_A', '2027-03-01T09:00:00Z', '2027-03-01T15:00:00Z'),
      ...NO_OUTCOME,
      openChecklistItems: 0,
    };
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-03-02T12:00:00Z'))).toEqual([]);
    expect(riskFlags(w, window, 'Europe/Berlin', at('2027-03-03T15:00:00Z'))).toEqual(['planned-in-past']);
    const done = { ...w, status: 'DONE' as const };
    expect(riskFlags(done, window, 'Europe/Berlin', at('2027-03-09T00:00:00Z'))).toEqual(['done-without-outcome']);
    expect(riskFlags({ ...done, attendanceA: 12 }, window, 'Europe/Berlin', at('2027-03-09T00:00:00Z'))).toEqual([]);
  });
  it('calls a running pair inactive after six weeks without a change, never a finished or withdrawn one', () => {
    const ws = [planned('INITIATIVE_A', '2027-03-01T09:00:00Z', '2027-03-01T15:00:00Z'), unscheduled('INITIATIVE_B')];
    const last = at('2027-01-10T00:00:00Z');
    expect(isInactive('ACTIVE', last, ws, at('2027-02-20T00:00:00Z'))).toBe(false);
    expect(isInactive('ACTIVE', last, ws, at('2027-02-22T00:00:00Z'))).toBe(true);
    expect(isInactive('WITHDRAWN', last, ws, at('2027-06-01T00:00:00Z'))).toBe(false);
    const finished = ws.map((w) => ({ ...w, status: 'DONE' as const }));
    expect(isInactive('ACTIVE', last, finished, at('2027-06-01T00:00:00Z'))).toBe(false);
  });
});
