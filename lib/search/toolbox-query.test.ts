import { describe, expect, it } from 'vitest';
import {
  lightStem,
  prefixTermsFor,
  stemVariants,
  splitHighlights,
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
} from './toolbox-query';
import { plainTextOf } from './plain-text';

describe('toolbox query helpers', () => {
  it('cuts Ukrainian endings to a shared stem', () => {
    expect(lightStem('громада')).toBe('громад');
    expect(lightStem('громадою')).toBe('громад');
    expect(lightStem('партнерства')).toBe('партнерств');
    expect(lightStem('партнерство')).toBe('партнерств');
    expect(lightStem('зустрічей')).toBe('зустріч');
  });

  it('searches the о/е ↔ і alternation both ways', () => {
    expect(stemVariants('Харкова')).toEqual(['харков', 'харків']);
    // 'ів' is also a plural ending: cut, the prefix still reaches Харків and Харкова.
    expect(stemVariants('Харків')).toEqual(['харк']);
    expect(stemVariants('громади')).toEqual(['громад']);
  });

  it('keeps short words and Latin words whole', () => {
    expect(lightStem('кава')).toBe('кава');
    expect(lightStem('Workshops')).toBe('workshops');
  });

  it('builds prefix terms that only contain letters and digits', () => {
    expect(prefixTermsFor('Громада & (партнерства) -ні')).toBe('громад:* & партнерств:*');
    expect(prefixTermsFor('зацікавленими сторонами')).toBe('(зацікавлен:* | зацікавлін:*) & (сторон:* | сторін:*)');
    expect(prefixTermsFor("':* | ! <->")).toBe('');
    expect(prefixTermsFor('Зустрічі')).toBe('(зустріч:* | зустроч:* | зустреч:*)');
  });

  it('splits highlights without interpreting HTML', () => {
    expect(splitHighlights(`a ${S}<b>${E} c`)).toEqual([
      { text: 'a ', isMatch: false },
      { text: '<b>', isMatch: true },
      { text: ' c', isMatch: false },
    ]);
  });

  it('strips markdown from snippets', () => {
    expect(plainTextOf('## Steps\n- **Invite** [people](https://x.org)')).toBe('Steps Invite people');
    expect(plainTextOf('> Quote with `code`\n\n1. one\n2. two')).toBe('Quote with code one two');
    // The search's highlight markers and plain punctuation survive; a snippet cut inside a link still reads.
    expect(plainTextOf('a \u0002громада\u0003 * b [cut link](htt')).toBe('a \u0002громада\u0003 * b [cut link](htt');
    expect(plainTextOf('2 * 3 = 6, snake_case stays')).toBe('2 * 3 = 6, snake_case stays');
  });
});
