import { describe, expect, it } from 'vitest';
import { dateOnlyToUtc, isTimeZone, utcToDateOnly, utcToZoned, zonedToUtc } from './zoned-time';

describe('zoned time', () => {
  it('turns a Berlin deadline into UTC in winter and in summer', () => {
    expect(zonedToUtc('2026-12-31', '23:59', 'Europe/Berlin').toISOString()).toBe('2026-12-31T22:59:00.000Z');
    expect(zonedToUtc('2027-07-01', '12:00', 'Europe/Berlin').toISOString()).toBe('2027-07-01T10:00:00.000Z');
    expect(zonedToUtc('2027-03-01', '18:00', 'Europe/Kyiv').toISOString()).toBe('2027-03-01T16:00:00.000Z');
    expect(zonedToUtc('2027-03-01', '18:00', 'UTC').toISOString()).toBe('2027-03-01T18:00:00.000Z');
  });

  it('reads a UTC instant back as the wall clock of the zone', () => {
    expect(utcToZoned(new Date('2026-12-31T22:59:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-12-31',
      time: '23:59',
    });
    expect(utcToZoned(new Date('2026-12-31T22:59:00Z'), 'Europe/Moscow')).toEqual({
      date: '2027-01-01',
      time: '01:59',
    });
  });

  it('round-trips every hour around both daylight-saving changes', () => {
    for (const day of ['2027-03-28', '2027-10-31']) {
      for (let h = 0; h < 24; h += 1) {
        const time = `${String(h).padStart(2, '0')}:30`;
        const back = utcToZoned(zonedToUtc(day, time, 'Europe/Berlin'), 'Europe/Berlin');
        // 02:30 on the spring day does not exist on the wall clock; it becomes 03:30.
        if (day === '2027-03-28' && h === 2) expect(back).toEqual({ date: day, time: '03:30' });
        else expect(back).toEqual({ date: day, time });
      }
    }
  });

  it('keeps calendar dates as dates', () => {
    expect(utcToDateOnly(dateOnlyToUtc('2027-02-01'))).toBe('2027-02-01');
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
