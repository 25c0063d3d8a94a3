import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Whether a text uses a refused term: a word ("воркшоп") where a word starts, a suffix ("*in", "/innen") right
 * after a letter, so "*Interesse*" in Markdown or "Input/" are not gender stars.
 */
function uses(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const before = /^\p{L}/u.test(term) ? '(?<!\\p{L})' : '(?<=\\p{L})';
  return new RegExp(before + escaped, 'iu').test(text);
}

function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the glossary', () => {
  it('matches a refused word where a word starts and a refused suffix only inside a word', () => {
    expect(uses('Koordinator*innen', '*in')).toBe(true);
    expect(uses('*Interesse heute*', '*in')).toBe(false);
    expect(uses('Воркшопи', 'воркшоп')).toBe(true);
    expect(uses('Auf English', 'auf English')).toBe(true);
  });

  it('lists refused terms for the catalogues', () => {
    expect(refused.length).toBeGreaterThanOrEqual(8);
    for (const r of refused) expect(locales).toContain(r.locale);
  });

  for (const locale of locales) {
    it(`finds no refused term in messages/${locale}.json`, () => {
      const catalogue = JSON.parse(readFileSync(join(__dirname, '..', 'messages', `${locale}.json`), 'utf8'));
      const found = strings(catalogue).flatMap(([key, text]) =>
        refused
          .filter((r) => r.locale === locale && uses(text, r.term))
          .map((r) => `${key}: "${r.term}" (write: ${r.instead})`),
      );
      expect(found).toEqual([]);
    });
  }

  // The seeded toolbox is what a newcomer reads first: it speaks the same words as the pages.
  const materials = join(__dirname, '..', 'prisma', 'seed-data', 'materials');
  for (const locale of locales) {
    it(`finds no refused term in the seeded materials in ${locale}`, () => {
      const texts = readdirSync(materials).flatMap((dir): [string, string][] => {
        const facts = JSON.parse(readFileSync(join(materials, dir, 'material.json'), 'utf8'));
        const version = facts.versions?.[locale];
        const body = join(materials, dir, `${locale}.md`);
        const hasBody = readdirSync(join(materials, dir)).includes(`${locale}.md`);
        return [
          ...(version ? strings(version, `${dir}/material.json`) : []),
          ...(hasBody ? ([[`${dir}/${locale}.md`, readFileSync(body, 'utf8')]] as [string, string][]) : []),
        ];
      });
      expect(texts.length).toBeGreaterThan(0);
      const found = texts.flatMap(([where, text]) =>
        refused
          .filter((r) => r.locale === locale && uses(text, r.term))
          .map((r) => `${where}: "${r.term}" (write: ${r.instead})`),
      );
      expect(found).toEqual([]);
    });
  }
});
