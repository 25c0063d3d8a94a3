import { beforeAll, describe, expect, it } from 'vitest';
import { seedCities } from '../test/helpers';
import { searchCities } from './cities';

beforeAll(async () => {
  await seedCities();
});

async function firstHit(q: string, locale: 'en' | 'de' | 'ru' | 'uk' = 'en') {
  return (await searchCities(q, locale))[0]?.name;
}

describe('city search in PostgreSQL', () => {
  it.each(['Харків', 'Kharkiv', 'Charkiw', 'Харьков', 'Kharkov', 'харк'])('finds Kharkiv for %s', async (q) => {
    expect(await firstHit(q)).toBe('Kharkiv');
  });

  it.each(['Köln', 'Koeln', 'koln', 'Cologne', 'Кёльн', 'Кельн'])('finds Cologne for %s', async (q) => {
    expect(await firstHit(q)).toBe('Cologne');
  });

  it("names the city in the asker's language", async () => {
    expect(await firstHit('Kharkiv', 'uk')).toBe('Харків');
    expect(await firstHit('Kharkiv', 'de')).toBe('Charkiw');
    expect(await firstHit('Köln', 'ru')).toBe('Кёльн');
  });

  it('forgives a typo through trigram similarity', async () => {
    expect(await firstHit('Nurnburg')).toBe('Nuremberg');
  });

  it('does not mix up Kyiv with Kharkiv, and filters by country', async () => {
    const kyiv = await searchCities('Kiev', 'en');
    expect(kyiv.map((c) => c.name)).toEqual(['Kyiv']);
    expect(await searchCities('Minsk', 'en', { country: 'DE' })).toEqual([]);
  });

  it('returns nothing for a one-letter or empty query', async () => {
    expect(await searchCities('', 'en')).toEqual([]);
    expect(await searchCities('x', 'en')).toEqual([]);
  });
});
