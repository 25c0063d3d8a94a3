import { describe, expect, it } from 'vitest';
import { summarize, weightedMean } from './stats';

describe('review arithmetic', () => {
  it('weights criteria', () => {
    expect(
      weightedMean([
        { score: 5, weight: 3 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(4);
    expect(weightedMean([])).toBeNull();
  });
  it('summarizes reviewers', () => {
    const s = summarize([4, 2, 3, 5])!;
    expect(s.mean).toBe(3.5);
    expect(s.median).toBe(3.5);
    expect([s.min, s.max]).toEqual([2, 5]);
    expect(s.sd).toBeCloseTo(1.118, 3);
    expect(summarize([3])!.median).toBe(3);
    expect(summarize([])).toBeNull();
  });
});
