import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './routing';

// The refused terms are kept in one place, the glossary, so that the doc and the check cannot disagree.
const glossary = readFileSync(join(__dirname, '..', 'docs', 'glossary.md'), 'utf8');
const refusedSection = glossary.slice(glossary.indexOf('## Refused terms'));
const refused = refusedSection
  .split('\n')
  .filter((line) => /^\| (en|de|ru|uk) \|/.test(line))
  .map((line) => {
    const [locale, term, instead] = line
      .split('|')
      .slice(1, 4)
      .map((cell) => cell.trim());
    return { locale: locale!, term: term!, instead: instead! };
  });

function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the glossary', () => {
  it('lists refused terms for the catalogues', () => {
    expect(refused.length).toBeGreaterThanOrEqual(8);
    for (const r of refused) expect(locales).toContain(r.locale);
  });

  for (const locale of locales) {
    it(`finds no refused term in messages/${locale}.json`, () => {
      const catalogue = JSON.parse(readFileSync(join(__dirname, '..', 'messages', `${locale}.json`), 'utf8'));
      const found = strings(catalogue).flatMap(([key, text]) =>
        refused
          .filter((r) => r.locale === locale && text.toLowerCase().includes(r.term.toLowerCase()))
          .map((r) => `${key}: "${r.term}" (write: ${r.instead})`),
      );
      expect(found).toEqual([]);
    });
  }
});
