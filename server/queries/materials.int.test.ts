import { beforeAll, describe, expect, it } from 'vitest';
import { db, makeActor } from '../test/helpers';
import { createMaterial } from '@/prisma/factories';
import { findMaterials, getMaterialPage, getMaterialUsage } from './materials';
import { parseToolboxSearch } from '@/lib/validation/toolbox';
import { HIGHLIGHT_START } from '@/lib/search/toolbox-query';

const search = (params: Record<string, string>) => parseToolboxSearch(params);
const tag = `t${Date.now().toString(36)}`;

describe('toolbox search', () => {
  beforeAll(async () => {
    // Title match vs body match for the same rare word.
    await createMaterial(db, {
      slug: `${tag}-body`,
      kind: 'GUIDE',
      stages: ['MATCH_SPRINT'],
      topics: ['projects'],
      versions: {
        en: {
          title: 'Planning a joint week',
          summary: 'A week of meetings.',
          body: `Near the end, a short ${tag}zebra exercise helps.`,
        },
      },
    });
    await createMaterial(db, {
      slug: `${tag}-title`,
      kind: 'METHOD_CARD',
      stages: ['INITIATIVE_A'],
      topics: ['facilitation'],
      versions: { en: { title: `The ${tag}zebra method`, summary: 'Short.', body: 'Nothing else here.' } },
    });
    await createMaterial(db, {
      slug: `${tag}-de`,
      kind: 'GUIDE',
      stages: ['SPRINT_SUCCEED'],
      topics: ['partnership'],
      originalLocale: 'de',
      versions: {
        de: {
          title: 'Städtepartnerschaften beleben',
          summary: 'Wie alte Partnerschaften wieder lebendig werden.',
          body: 'Viele Partnerschaften schlafen nach Jahren ein.',
        },
        en: {
          title: 'Reviving twinnings',
          summary: 'How old partnerships come alive again.',
          body: 'Many partnerships fall asleep after years.',
        },
      },
    });
    await createMaterial(db, {
      slug: `${tag}-ru`,
      kind: 'EVENT_FORMAT',
      stages: ['INITIATIVE_B'],
      topics: ['youth'],
      originalLocale: 'ru',
      versions: {
        ru: {
          title: 'Молодёжный обмен',
          summary: 'Как организовать встречу молодёжи двух городов.',
          body: 'Ещё до поездки участники знакомятся онлайн.',
        },
        uk: {
          title: 'Молодіжний обмін',
          summary: 'Як організувати зустріч молоді двох міст.',
          body: 'Ще до поїздки учасники знайомляться з громадою партнерського міста і з позицією обох сторін.',
        },
      },
    });
    await createMaterial(db, {
      slug: `${tag}-draft`,
      kind: 'GUIDE',
      status: 'DRAFT',
      stages: ['INITIATIVE_A'],
      topics: [],
      versions: { en: { title: `Secret ${tag}zebra draft`, summary: 'Not yet.', body: 'Draft.' } },
    });
  });

  it('ranks a title match above a body match', async () => {
    const { items } = await findMaterials(search({ q: `${tag}zebra` }), 'en');
    expect(items.map((i) => i.slug)).toEqual([`${tag}-title`, `${tag}-body`]);
    expect(items[1]!.snippet).toContain(HIGHLIGHT_START);
  });

  it('finds German inflected forms', async () => {
    const { items } = await findMaterials(search({ q: 'Städtepartnerschaft' }), 'de');
    expect(items.map((i) => i.slug)).toContain(`${tag}-de`);
    const plural = await findMaterials(search({ q: 'Partnerschaften' }), 'de');
    expect(plural.items[0]!.title).toBe('Städtepartnerschaften beleben');
  });

  it('finds Russian regardless of ё/е and inflection', async () => {
    for (const q of ['молодежи', 'молодёжный', 'встречи']) {
      const { items } = await findMaterials(search({ q }), 'ru');
      expect(
        items.map((i) => i.slug),
        q,
      ).toContain(`${tag}-ru`);
    }
  });

  it('finds Ukrainian inflected forms without a stemmer', async () => {
    // 'сторонами' reaches 'сторін' through the о/і alternation.
    for (const q of ['громада', 'громади', 'зустрічі', 'партнерських', 'сторонами']) {
      const { items } = await findMaterials(search({ q }), 'uk');
      expect(
        items.map((i) => i.slug),
        q,
      ).toContain(`${tag}-ru`);
    }
  });

  it('filters by stage, kind and language, and shows the reader their language or the original', async () => {
    const { items } = await findMaterials(search({ q: 'молоді', stage: 'INITIATIVE_B', kind: 'EVENT_FORMAT' }), 'de');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ locale: 'ru', isFallback: true, title: 'Молодёжный обмен' });
    const uk = await findMaterials(search({ q: 'молоді' }), 'uk');
    expect(uk.items[0]).toMatchObject({ locale: 'uk', isFallback: false });
    const none = await findMaterials(search({ q: 'молоді', lang: 'de' }), 'uk');
    expect(none.items).toHaveLength(0);
  });

  it('never shows drafts to the public, and odd input is a search, not an error', async () => {
    const { items } = await findMaterials(search({ q: `${tag}zebra` }), 'en');
    expect(items.map((i) => i.slug)).not.toContain(`${tag}-draft`);
    expect(await getMaterialPage(`${tag}-draft`, 'en', null)).toBeNull();
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    expect(await getMaterialPage(`${tag}-draft`, 'en', coordinator)).not.toBeNull();
    for (const q of ["':* & | ! (", '<->', '"unclosed', '-', 'a'.repeat(200)]) {
      await expect(findMaterials(search({ q }), 'en')).resolves.toBeDefined();
    }
    const odd = search({ page: '-3', kind: 'NOPE', group: 'x' });
    expect(odd).toMatchObject({ page: 1, kind: undefined, group: undefined });
  });
});

describe('material usage in workshops', () => {
  it('counts workshops on the public page but names the pairs only to people who may follow them', async () => {
    const { createCall, createSelectedPair } = await import('@/prisma/factories');
    const { editionDates } = await import('@/prisma/timeline');
    const { seedCities } = await import('../test/helpers');
    const cities = await seedCities();
    const applicant = await makeActor();
    const stranger = await makeActor();
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const call = await createCall(db, editionDates(new Date(), 'decided'));
    const { pair } = await createSelectedPair(db, {
      callId: call.id,
      applicantId: applicant.id,
      cityAId: cities.leipzig!.id,
      cityBId: cities.kyiv!.id,
    });
    const slug = `${tag}-used`;
    const material = await createMaterial(db, {
      slug,
      kind: 'METHOD_CARD',
      stages: ['MATCH_SPRINT'],
      topics: [],
      versions: {
        en: { title: 'Used', summary: 'Used.', body: 'Used in a workshop.' },
        uk: { title: 'Використано', summary: 'Так.', body: 'У воркшопі.' },
      },
    });
    await db.workshopMaterial.create({
      data: { materialId: material.id, workshopId: pair.workshops.find((w) => w.stage === 'MATCH_SPRINT')!.id },
    });

    // The public page (the same for everyone, so it can be prerendered) carries the count only.
    expect((await getMaterialPage(slug, 'en'))!.workshops).toBe(1);
    expect(await getMaterialUsage(material.id, 'en', stranger)).toEqual([]);
    const own = await getMaterialUsage(material.id, 'uk', applicant);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ pairId: pair.id, stage: 'MATCH_SPRINT', cities: 'Лейпциг – Київ' });
    expect(await getMaterialUsage(material.id, 'en', coordinator)).toHaveLength(1);
  });
});
