import { describe, expect, it } from 'vitest';
import { formatInstant, shownZone, workshopZone } from './format';

const deadline = new Date('2026-12-31T22:59:00Z');

describe('one date formatter', () => {
  it('shows a record in its own zone and names the zone for a viewer elsewhere', () => {
    expect(formatInstant(deadline, 'en-GB', { recordZone: 'Europe/Berlin', viewerZone: 'Europe/Kyiv' })).toBe(
      '31 December 2026 at 23:59 (Europe/Berlin)',
    );
  });

  it('does not name the viewer’s own zone', () => {
    expect(formatInstant(deadline, 'en-GB', { recordZone: 'Europe/Berlin', viewerZone: 'Europe/Berlin' })).toBe(
      '31 December 2026 at 23:59',
    );
    expect(
      formatInstant(deadline, 'en-GB', { recordZone: 'Europe/Berlin', viewerZone: 'Europe/Kyiv', prefer: 'viewer' }),
    ).toBe('1 January 2027 at 00:59');
  });

  it('shows a viewer without a zone the record’s zone, named', () => {
    expect(formatInstant(deadline, 'uk', { recordZone: 'Europe/Kyiv', viewerZone: null, prefer: 'viewer' })).toMatch(
      /00:59 \(Europe\/Kyiv\)$/,
    );
  });

  it('falls back to UTC, named, when nobody has a zone: never a guessed city', () => {
    expect(shownZone({})).toEqual({ timeZone: 'UTC', isNamed: true });
    expect(formatInstant(deadline, 'en-GB', {}, { timeStyle: 'short' })).toBe('22:59 (UTC)');
  });

  it('reads a workshop in its venue’s zone, else its host city’s, else not at all', () => {
    expect(workshopZone({ timeZone: 'Europe/Kyiv', hostCity: { timeZone: 'Europe/Berlin' } })).toBe('Europe/Kyiv');
    expect(workshopZone({ timeZone: null, hostCity: { timeZone: 'Europe/Berlin' } })).toBe('Europe/Berlin');
    expect(workshopZone({ timeZone: null, hostCity: null })).toBeNull();
  });
});
