import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DATE_STYLE, formatInstant } from './format';

/** Source files that render text: pages, components, PDFs, e-mails and the domain code they call. */
const sources = execFileSync('git', ['ls-files', 'app', 'components', 'server', 'lib'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== 'lib/time/format.ts');

// A display style chosen on the spot: a dateStyle or timeStyle, a month or weekday in words, or toLocale…String.
const OWN_STYLE =
  /\b(dateStyle|timeStyle)\s*:|\b(month|weekday)\s*:\s*'(long|short|narrow)'|\.toLocale(Date|Time)?String\(/;

describe('one date style per locale', () => {
  it('no page, component, PDF or e-mail picks a date style of its own: they take DATE_STYLE', () => {
    const offenders = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
        .filter(({ line }) => OWN_STYLE.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('writes a day and a moment the same way in each language, the time after the day', () => {
    const instant = new Date(Date.UTC(2030, 0, 14, 21, 59));
    const kyiv = { recordZone: 'Europe/Kyiv', viewerZone: 'Europe/Kyiv' };
    expect(formatInstant(instant, 'uk', kyiv, DATE_STYLE.day)).toBe('14 січня 2030 р.');
    expect(formatInstant(instant, 'uk', kyiv)).toBe('14 січня 2030 р. о 23:59');
    expect(formatInstant(instant, 'de', kyiv)).toBe('14. Januar 2030 um 23:59');
    expect(formatInstant(instant, 'ru', { recordZone: 'Europe/Kyiv' })).toBe('14 января 2030 г. в 23:59 (Europe/Kyiv)');
    expect(formatInstant(instant, 'en', kyiv)).toBe('January 14, 2030 at 11:59 PM');
  });
});
