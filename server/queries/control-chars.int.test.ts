import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../test/helpers';
import { createMaterial } from '@/prisma/factories';
import { findMaterials } from './materials';
import { buildMaterialSearch } from './material-search';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
import { ZApplicationFilterSchema } from '@/lib/validation/review';

// Issue 11, finding 4: PostgreSQL refuses NUL in text, so `?q=%00` used to answer 500.
const tag = `nul${Date.now().toString(36)}`;

describe('control characters in the toolbox search', () => {
  beforeAll(async () => {
    await createMaterial(db, {
      slug: `${tag}-card`,
      kind: 'GUIDE',
      stages: ['MATCH_SPRINT'],
      topics: ['projects'],
      versions: { en: { title: `The ${tag} method`, summary: 'Short.', body: 'Nothing else.' } },
    });
  });

  for (const q of ['\u0000', 'a\u0000b', 'ж\u0000', `${tag}\u0000`, '\u0001\u001f\u007f']) {
    it(`answers ${JSON.stringify(q)} with results, not an error`, async () => {
      const result = await findMaterials(parseToolboxSearch({ q }), 'en');
      expect(result.page).toBe(1);
      expect(Array.isArray(result.items)).toBe(true);
    });
  }

  it('still finds the material when a NUL sits next to the word', async () => {
    const result = await findMaterials(parseToolboxSearch({ q: `${tag}\u0000` }), 'en');
    expect(result.items.map((i) => i.slug)).toContain(`${tag}-card`);
  });

  it('keeps NUL out of the SQL even when a caller skips the URL parser', async () => {
    const { text, values } = buildMaterialSearch({ q: 'a\u0000b', page: 1 });
    expect(values.some((v) => typeof v === 'string' && v.includes('\u0000'))).toBe(false);
    await expect(db.$queryRawUnsafe(text, ...values)).resolves.toBeInstanceOf(Array);
  });

  it('drops control characters from the applications list filter too', () => {
    expect(ZApplicationFilterSchema.parse({ q: 'Kyi\u0000v' }).q).toBe('Kyiv');
  });
});
