import { describe, expect, it } from 'vitest';
import { parsePairMatrixFilter } from './workshops';

describe('the booster overview filter', () => {
  it('reads an edition year and "late only" from the URL, and ignores anything else', () => {
    expect(parsePairMatrixFilter({ year: '2027', late: '1' })).toEqual({ year: 2027, late: true });
    expect(parsePairMatrixFilter({ year: ['2026', '2027'] })).toEqual({ year: 2026, late: false });
    expect(parsePairMatrixFilter({ year: 'x; drop table', late: 'yes' })).toEqual({ year: undefined, late: false });
    expect(parsePairMatrixFilter({})).toEqual({ year: undefined, late: false });
  });
});
