import { describe, expect, it } from 'vitest';
import {
  chosenInstant,
  dateOnlyToUtc,
  firstInstantAt,
  isTimeZone,
  offsetLabel,
  parseLocal,
  parseLocalInput,
  resolveLocal,
  savedOverlapOffset,
  startOfDateIn,
  toLocalInput,
  utcToDateOnly,
  utcToZoned,
} from './zoned';

const local = (value: string) => parseLocalInput(value)!;
const instantAt = (value: string, zone: string) => chosenInstant(resolveLocal(local(value), zone))!.toISOString();

describe('one local time, one instant', () => {
  it('reads local times in Berlin, Kyiv, Minsk and Moscow in winter and summer', () => {
    expect(instantAt('2026-12-31T23:59', 'Europe/Berlin')).toBe('2026-12-31T22:59:00.000Z');
    expect(instantAt('2027-07-01T12:00', 'Europe/Berlin')).toBe('2027-07-01T10:00:00.000Z');
    expect(instantAt('2027-01-15T10:00', 'Europe/Kyiv')).toBe('2027-01-15T08:00:00.000Z');
    expect(instantAt('2027-01-15T10:00', 'Europe/Minsk')).toBe('2027-01-15T07:00:00.000Z');
    expect(instantAt('2027-07-15T10:00', 'Europe/Moscow')).toBe('2027-07-15T07:00:00.000Z');
    expect(instantAt('2027-03-01T18:00', 'UTC')).toBe('2027-03-01T18:00:00.000Z');
  });

  it('reads an instant back as the wall clock of the zone', () => {
    expect(utcToZoned(new Date('2026-12-31T22:59:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-12-31',
      time: '23:59',
    });
    expect(utcToZoned(new Date('2026-12-31T22:59:00Z'), 'Europe/Moscow')).toEqual({
      date: '2027-01-01',
      time: '01:59',
    });
  });

  it('takes the hours just before and after both changes of 2026 as ordinary times', () => {
    expect(instantAt('2026-03-29T01:59', 'Europe/Berlin')).toBe('2026-03-29T00:59:00.000Z');
    expect(instantAt('2026-03-29T03:00', 'Europe/Berlin')).toBe('2026-03-29T01:00:00.000Z');
    expect(instantAt('2026-10-25T01:59', 'Europe/Berlin')).toBe('2026-10-24T23:59:00.000Z');
    expect(instantAt('2026-10-25T03:00', 'Europe/Berlin')).toBe('2026-10-25T02:00:00.000Z');
  });
});

describe('the spring-forward gap (29 March 2026)', () => {
  it('says that 02:30 in Berlin does not exist: the clock jumps from 02:00 to 03:00', () => {
    const r = resolveLocal(local('2026-03-29T02:30'), 'Europe/Berlin');
    expect(r).toEqual({ kind: 'gap', from: '02:00', to: '03:00', changesAt: new Date('2026-03-29T01:00:00Z') });
    expect(chosenInstant(r)).toBeNull();
    expect(chosenInstant(r, 60)).toBeNull();
    expect(resolveLocal(local('2026-03-29T02:00'), 'Europe/Berlin').kind).toBe('gap');
    expect(resolveLocal(local('2026-03-29T02:59'), 'Europe/Berlin').kind).toBe('gap');
  });

  it('finds Kyiv’s gap an hour later on the wall clock, at the same instant', () => {
    expect(resolveLocal(local('2026-03-29T03:30'), 'Europe/Kyiv')).toEqual({
      kind: 'gap',
      from: '03:00',
      to: '04:00',
      changesAt: new Date('2026-03-29T01:00:00Z'),
    });
    // 02:30 exists in Kyiv that night.
    expect(instantAt('2026-03-29T02:30', 'Europe/Kyiv')).toBe('2026-03-29T00:30:00.000Z');
  });

  it('has no gap where the clocks do not change (Moscow, Minsk)', () => {
    expect(resolveLocal(local('2026-03-29T02:30'), 'Europe/Moscow').kind).toBe('instant');
    expect(resolveLocal(local('2026-03-29T02:30'), 'Europe/Minsk').kind).toBe('instant');
  });
});

describe('the autumn overlap (25 October 2026)', () => {
  it('offers both 02:30 in Berlin: summer time (UTC+2) first, then standard time (UTC+1)', () => {
    const r = resolveLocal(local('2026-10-25T02:30'), 'Europe/Berlin');
    expect(r).toEqual({
      kind: 'overlap',
      earlier: { instant: new Date('2026-10-25T00:30:00Z'), offsetMinutes: 120 },
      later: { instant: new Date('2026-10-25T01:30:00Z'), offsetMinutes: 60 },
      from: '03:00',
      to: '02:00',
    });
    expect(chosenInstant(r)).toBeNull();
    expect(chosenInstant(r, 120)?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(chosenInstant(r, 60)?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    // An offset the overlap does not offer is no choice.
    expect(chosenInstant(r, 180)).toBeNull();
  });

  it('finds Kyiv’s repeated hour from 03:00 to 04:00 (UTC+3, then UTC+2)', () => {
    const r = resolveLocal(local('2026-10-25T03:30'), 'Europe/Kyiv');
    expect(r.kind === 'overlap' && [r.earlier.offsetMinutes, r.later.offsetMinutes, r.from, r.to]).toEqual([
      180,
      120,
      '04:00',
      '03:00',
    ]);
  });

  it('pre-fills a saved overlap instant with its own offset, and nothing otherwise', () => {
    expect(savedOverlapOffset(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe(120);
    expect(savedOverlapOffset(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(60);
    expect(savedOverlapOffset(new Date('2026-10-25T10:00:00Z'), 'Europe/Berlin')).toBeUndefined();
  });

  it('round-trips every half hour of both nights that exists, and only the overlap twice', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let h = 0; h < 24; h += 1) {
        const value = `${day}T${String(h).padStart(2, '0')}:30`;
        const r = resolveLocal(local(value), 'Europe/Berlin');
        if (r.kind === 'gap') expect(value).toBe('2026-03-29T02:30');
        else if (r.kind === 'overlap') {
          expect(value).toBe('2026-10-25T02:30');
          expect(toLocalInput(r.earlier.instant, 'Europe/Berlin')).toBe(value);
          expect(toLocalInput(r.later.instant, 'Europe/Berlin')).toBe(value);
        } else expect(toLocalInput(r.instant, 'Europe/Berlin')).toBe(value);
      }
    }
  });
});

describe('times nobody typed', () => {
  it('starts a day at its first instant, and moves a generated time past a gap', () => {
    expect(startOfDateIn(new Date('2027-02-01T00:00:00Z'), 'Europe/Berlin').toISOString()).toBe(
      '2027-01-31T23:00:00.000Z',
    );
    expect(startOfDateIn(new Date('2027-02-01T00:00:00Z'), 'Europe/Moscow', 1).toISOString()).toBe(
      '2027-02-01T21:00:00.000Z',
    );
    expect(firstInstantAt(local('2026-03-29T02:30'), 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(firstInstantAt(local('2026-10-25T02:30'), 'Europe/Berlin').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('parsing and labels', () => {
  it('rejects impossible dates and times', () => {
    expect(parseLocalInput('2027-02-30T10:00')).toBeNull();
    expect(parseLocalInput('2027-02-03T24:00')).toBeNull();
    expect(parseLocalInput('nonsense')).toBeNull();
    expect(parseLocal('2027-02-28', '7:00')).toBeNull();
    expect(parseLocal('2027-02-28', '07:00')).toEqual({ year: 2027, month: 2, day: 28, hour: 7, minute: 0 });
  });

  it('keeps calendar dates as dates and knows zones', () => {
    expect(utcToDateOnly(dateOnlyToUtc('2027-02-01'))).toBe('2027-02-01');
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('writes offsets as people read them', () => {
    expect([offsetLabel(120), offsetLabel(60), offsetLabel(0), offsetLabel(-210), offsetLabel(330)]).toEqual([
      'UTC+2',
      'UTC+1',
      'UTC',
      'UTC−3:30',
      'UTC+5:30',
    ]);
  });
});
