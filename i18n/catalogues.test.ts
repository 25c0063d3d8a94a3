import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { locales } from './routing';

const dir = join(__dirname, '..', 'messages');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const catalogues = Object.fromEntries(
  locales.map((l) => [l, flatten(JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8')) as Tree)]),
);

function plurals(elements: MessageFormatElement[]): { options: string[] }[] {
  return elements.flatMap((el) => {
    if (el.type === TYPE.plural)
      return [{ options: Object.keys(el.options) }, ...Object.values(el.options).flatMap((o) => plurals(o.value))];
    if (el.type === TYPE.select) return Object.values(el.options).flatMap((o) => plurals(o.value));
    if (el.type === TYPE.tag) return plurals(el.children);
    return [];
  });
}

describe('message catalogues', () => {
  it('exist for exactly the four locales', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(locales.map((l) => `${l}.json`).sort());
  });

  it('have the same keys in every language', () => {
    const en = [...catalogues.en!.keys()].sort();
    for (const locale of locales) expect([...catalogues[locale]!.keys()].sort(), locale).toEqual(en);
  });

  it('have no empty values', () => {
    for (const locale of locales) {
      const empty = [...catalogues[locale]!].filter(([, v]) => !v.trim()).map(([k]) => k);
      expect(empty, locale).toEqual([]);
    }
  });

  it('parse as ICU messages, with the plural forms each language needs', () => {
    const needed: Record<string, string[]> = {
      en: ['one', 'other'],
      de: ['one', 'other'],
      ru: ['one', 'few', 'many', 'other'],
      uk: ['one', 'few', 'many', 'other'],
    };
    for (const locale of locales) {
      for (const [key, message] of catalogues[locale]!) {
        let ast: MessageFormatElement[] = [];
        expect(() => (ast = parse(message)), `${locale}:${key}`).not.toThrow();
        for (const plural of plurals(ast)) {
          for (const form of needed[locale]!)
            expect(plural.options, `${locale}:${key} needs "${form}"`).toContain(form);
        }
      }
    }
  });

  it('use the same placeholders as English', () => {
    const names = (m: string) => [...m.matchAll(/\{(\w+)[,}]/g)].map((x) => x[1]).sort();
    for (const locale of locales) {
      for (const [key, message] of catalogues[locale]!) {
        expect([...new Set(names(message))], `${locale}:${key}`).toEqual([...new Set(names(catalogues.en!.get(key)!))]);
      }
    }
  });

  it('hold every message key that the validation schemas and the stage rules name as a plain string', () => {
    // Keys passed to a translator are checked by the typecheck (i18n/app-config.d.ts); zod messages are
    // plain strings, so they are read from the source here.
    const root = join(__dirname, '..');
    const sources = ['lib/validation', 'lib/booster'].flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => join(root, d, f)),
    );
    const written = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+)'/g)].map((m) => m[1]!),
    );
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((key) => !catalogues.en!.has(key))).toEqual([]);
  });
});
