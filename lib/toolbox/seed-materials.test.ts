import { STAGES } from '@/lib/enums';
import { describe, expect, it } from 'vitest';
import { SEED_MATERIALS } from '@/prisma/seed-data/materials';
import { TOPICS } from './materials';
import { ZMaterialSchema } from '@/lib/validation/toolbox';

describe('seeded toolbox materials', () => {
  it('are at least 30, with unique slugs, covering every stage', () => {
    expect(SEED_MATERIALS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SEED_MATERIALS.map((m) => m.slug)).size).toBe(SEED_MATERIALS.length);
    for (const stage of STAGES)
      expect(
        SEED_MATERIALS.some((m) => m.stages.includes(stage)),
        stage,
      ).toBe(true);
  });

  it('each exist in at least two languages, including the original, and pass the authoring form', () => {
    for (const m of SEED_MATERIALS) {
      const locales = Object.keys(m.versions);
      expect(locales.length, m.slug).toBeGreaterThanOrEqual(2);
      expect(locales, m.slug).toContain(m.originalLocale);
      const empty = { title: '', summary: '', body: '' };
      const parsed = ZMaterialSchema.safeParse({
        ...m,
        versions: { en: empty, de: empty, ru: empty, uk: empty, ...m.versions },
      });
      expect(parsed.success, `${m.slug}: ${parsed.error?.issues.map((i) => i.path.join('.')).join(', ')}`).toBe(true);
      for (const topic of m.topics) expect(TOPICS).toContain(topic);
    }
  });

  it('contain no placeholder text, and every story is labelled illustrative', () => {
    for (const m of SEED_MATERIALS) {
      for (const v of Object.values(m.versions)) {
        expect(v!.body, m.slug).not.toMatch(/lorem|ipsum|TODO|TBD|placeholder/i);
        expect(v!.body.length, m.slug).toBeGreaterThan(400);
      }
      if (m.kind === 'BEST_PRACTICE') {
        for (const v of Object.values(m.versions))
          expect(v!.body, m.slug).toMatch(
            /Illustrative example|Illustratives Beispiel|Иллюстративный пример|Ілюстративний приклад/,
          );
      }
    }
  });
});
