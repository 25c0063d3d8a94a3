import { describe, expect, it } from 'vitest';
import { ZCreateEditionSchema, ZUpdateEditionSchema } from './editions';

const texts = Object.fromEntries(
  ['en', 'de', 'ru', 'uk'].map((l) => [l, { title: `T ${l}`, summary: 'S', body: 'B' }]),
);
const valid = {
  slug: ' 2028 ',
  year: 2028,
  deadlineDate: '2027-12-31',
  deadlineTime: '23:59',
  deadlineTimeZone: 'Europe/Berlin',
  selectionDate: '2028-01-31',
  windowStart: '2028-02-01',
  windowEnd: '2028-11-30',
  pairsToSelect: 2,
  contactEmail: 'booster@example.org',
  texts,
};

const errorsOf = (input: unknown) => {
  const parsed = ZCreateEditionSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the edition schema (the same in the form and the action)', () => {
  it('accepts an edition as the programme usually runs and trims the slug', () => {
    expect(ZCreateEditionSchema.parse(valid).slug).toBe('2028');
    expect(ZUpdateEditionSchema.safeParse({ ...valid, id: 'c1', version: 3 }).success).toBe(true);
  });

  it('names every problem with a message key on its field', () => {
    expect(errorsOf({ ...valid, deadlineDate: '2027-02-29' })).toEqual({ deadlineDate: 'editions.validation.date' });
    expect(errorsOf({ ...valid, deadlineTime: '7pm' })).toEqual({ deadlineTime: 'editions.validation.time' });
    expect(errorsOf({ ...valid, year: Number.NaN })).toEqual({ year: 'validation.required' });
    expect(errorsOf({ ...valid, slug: '-x-' })).toEqual({ slug: 'editions.validation.slug' });
    expect(errorsOf({ ...valid, texts: { ...texts, ru: { title: ' ', summary: 'S', body: 'B' } } })).toEqual({
      'texts.ru.title': 'validation.required',
    });
    expect(errorsOf({ ...valid, windowStart: '2028-01-01', windowEnd: '2027-12-01' })).toEqual({
      windowStart: 'editions.validation.windowBeforeSelection',
      windowEnd: 'editions.validation.windowEnd',
    });
  });

  it('checks the order of the dates only once each date is valid', () => {
    expect(errorsOf({ ...valid, selectionDate: 'soon' })).toEqual({ selectionDate: 'editions.validation.date' });
  });
});
