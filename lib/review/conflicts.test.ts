import { describe, expect, it } from 'vitest';
import { conflictedWhere, isConflicted } from './conflicts';

const app = {
  applicantCityId: 'leipzig',
  partnerCityId: 'kyiv',
  applicantCity: { country: 'DE' },
  partnerCity: { country: 'UA' },
  organisations: [{ organisationId: 'verein' }],
};
const tie = (t: Partial<{ cityId: string; organisationId: string; country: string }>) => ({
  cityId: null,
  organisationId: null,
  country: null,
  ...t,
});

describe('the conflict-of-interest rule', () => {
  it('holds for a tie to either city, to a listed organisation or to either country, and not otherwise', () => {
    expect(isConflicted([tie({ cityId: 'kyiv' })], app)).toBe(true);
    expect(isConflicted([tie({ organisationId: 'verein' })], app)).toBe(true);
    expect(isConflicted([tie({ country: 'DE' })], app)).toBe(true);
    expect(isConflicted([tie({ cityId: 'minsk' }), tie({ country: 'BY' })], app)).toBe(false);
    expect(isConflicted([], app)).toBe(false);
  });

  it('asks the database the same question: no ties, no clause; each kind of tie, its clause', () => {
    expect(conflictedWhere([])).toBeNull();
    expect(conflictedWhere([tie({ cityId: 'kyiv' }), tie({ country: 'UA' })])).toEqual({
      OR: [
        { applicantCityId: { in: ['kyiv'] } },
        { partnerCityId: { in: ['kyiv'] } },
        { applicantCity: { country: { in: ['UA'] } } },
        { partnerCity: { country: { in: ['UA'] } } },
      ],
    });
  });
});
