import { describe, expect, it } from 'vitest';
import { placeLine, workshopPlace, type PlaceFacts } from './place';

const bonn = { nameEn: 'Bonn', nameDe: 'Bonn', nameRu: 'Бонн', nameUk: 'Бонн' };
const facts = (over: Partial<PlaceFacts>): PlaceFacts => ({
  format: 'IN_PERSON',
  hostCity: bonn,
  venueName: 'Altes Rathaus',
  venueAddress: 'Markt 2',
  onlineUrl: 'https://meet.example.org/x',
  ...over,
});

describe('where a workshop happens', () => {
  it('gives an online workshop only its link, even when a host city is kept for its stage', () => {
    expect(workshopPlace(facts({ format: 'ONLINE' }))).toEqual({
      city: null,
      venue: [],
      link: 'https://meet.example.org/x',
    });
    expect(placeLine(facts({ format: 'ONLINE' }), 'uk', 'Онлайн')).toBe('Онлайн: https://meet.example.org/x');
  });

  it('gives an in-person workshop its city and venue and no link, a hybrid one both', () => {
    expect(placeLine(facts({}), 'ru', 'Онлайн')).toBe('Бонн, Altes Rathaus, Markt 2');
    expect(placeLine(facts({ format: 'HYBRID', venueAddress: null }), 'en', 'Online')).toBe(
      'Bonn, Altes Rathaus · Online: https://meet.example.org/x',
    );
  });

  it('says online for an old online workshop saved without a link', () => {
    expect(placeLine(facts({ format: 'ONLINE', onlineUrl: null }), 'de', 'Online')).toBe('Online');
  });
});
