import { describe, it, expect } from 'vitest';
import { SEED_CITIES, type SeedCity } from '../../prisma/seed-data/cities';
import {
  fileNamePart,
  foldLatin,
  hasCyrillic,
  looseKey,
  matchesCity,
  queryKeysFor,
  searchKeysFor,
  transliterate,
} from './fold';

const namesOf = (c: SeedCity) => [c.nameEn, c.nameDe, c.nameRu, c.nameUk, ...c.aliases];
const KEYS = new Map(SEED_CITIES.map((c) => [c.slug, searchKeysFor(namesOf(c))]));
const find = (q: string) => SEED_CITIES.filter((c) => matchesCity(q, KEYS.get(c.slug)!)).map((c) => c.slug);

describe('foldLatin', () => {
  it('lowercases and folds German umlauts before stripping diacritics', () => {
    expect(foldLatin('Köln')).toBe('koeln');
    expect(foldLatin('MÜNCHEN')).toBe('muenchen');
    expect(foldLatin('Gärtnerstraße')).toBe('gaertnerstrasse');
    expect(foldLatin('Ko\u0308ln')).toBe('koeln'); // decomposed input
    expect(foldLatin('Cernăuți')).toBe('cernauti');
    expect(foldLatin('Lwów')).toBe('lwow');
    expect(foldLatin('Stanisławów')).toBe('stanislawow');
  });

  it('collapses whitespace, punctuation and hyphens to single spaces', () => {
    expect(foldLatin('  Frankfurt a.  M. ')).toBe('frankfurt a m');
    expect(foldLatin('Ivano-Frankivsk')).toBe('ivano frankivsk');
    expect(foldLatin('Frankfurt/Main')).toBe('frankfurt main');
  });

  it('keeps Cyrillic letters intact (only ё → е) and drops apostrophes', () => {
    expect(foldLatin('Харків')).toBe('харків');
    expect(foldLatin('Київ')).toBe('київ');
    expect(foldLatin('Нижний Новгород')).toBe('нижний новгород');
    expect(foldLatin('Кёльн')).toBe('кельн');
    expect(foldLatin("Кам'янець-Подільський")).toBe('камянець подільський');
  });
});

describe('transliterate', () => {
  it('returns Latin input unchanged', () => {
    expect(transliterate('Kharkiv')).toEqual(['Kharkiv']);
  });

  it('produces English and German forms from Ukrainian and Russian', () => {
    expect(transliterate('Харків')).toEqual(expect.arrayContaining(['Kharkiv', 'Charkiw']));
    expect(transliterate('Харьков')).toEqual(expect.arrayContaining(['Kharkov', 'Charkow']));
    expect(transliterate('Київ')).toEqual(expect.arrayContaining(['Kyiv', 'Kyjiw']));
    expect(transliterate('Киев')).toEqual(expect.arrayContaining(['Kiev']));
    expect(transliterate('Запоріжжя')).toEqual(expect.arrayContaining(['Zaporizhzhia', 'Saporischschja']));
    expect(transliterate('Чернігів')).toEqual(expect.arrayContaining(['Chernihiv', 'Tschernihiw']));
    expect(transliterate('Вінниця')).toEqual(expect.arrayContaining(['Vinnytsia', 'Winnyzja']));
    expect(transliterate('Одеса')).toEqual(expect.arrayContaining(['Odesa', 'Odessa']));
    expect(transliterate('Нижний Новгород')).toEqual(expect.arrayContaining(['Nizhny Novgorod', 'Nischni Nowgorod']));
    expect(transliterate('Екатеринбург')).toEqual(expect.arrayContaining(['Yekaterinburg', 'Jekaterinburg']));
    expect(transliterate('Ярославль')).toEqual(expect.arrayContaining(['Yaroslavl', 'Jaroslawl']));
    expect(transliterate('Гомель')).toEqual(expect.arrayContaining(['Homel', 'Gomel']));
  });

  it('keeps the number of variants small', () => {
    for (const c of SEED_CITIES) {
      for (const n of namesOf(c)) {
        const t = transliterate(n);
        expect(t.length).toBeGreaterThan(0);
        expect(t.length).toBeLessThanOrEqual(6);
        for (const v of t) expect(hasCyrillic(v)).toBe(false);
      }
    }
  });
});

describe('looseKey', () => {
  const loose = (s: string) => looseKey(foldLatin(s));
  it('reduces spelling variants to one skeleton', () => {
    expect(loose('Charkiw')).toBe(loose('Kharkiv'));
    expect(loose('Harkov')).toBe(loose('Kharkov'));
    expect(loose('Kiev')).toBe(loose('Kyiv'));
    expect(loose('Kiew')).toBe(loose('Kyjiw'));
    expect(loose('Saporischschja')).toBe(loose('Zaporizhzhia'));
    expect(loose('Koeln')).toBe(loose('Koln'));
    expect(loose('München')).toBe(loose('Munchen'));
    expect(loose('Jekaterinburg')).toBe(loose('Ekaterinburg'));
    expect(loose('Yekaterinburg')).toBe(loose('Ekaterinburg'));
    expect(loose('Winnyzja')).toBe(loose('Vinnytsia'));
  });
  it('is empty for Cyrillic', () => {
    expect(looseKey('харків')).toBe('');
  });
});

describe('queryKeysFor', () => {
  it('includes folded, transliterated and loose forms', () => {
    const keys = queryKeysFor('Харків');
    expect(keys).toEqual(expect.arrayContaining(['харків', 'kharkiv', 'charkiw', 'harkiv']));
    expect(queryKeysFor('Köln')).toEqual(expect.arrayContaining(['koeln', 'koln']));
  });
});

describe('matchesCity over SEED_CITIES', () => {
  const cases: [string, string[]][] = [
    ['kharkiv', ['Харків', 'Kharkiv', 'Charkiw', 'Харьков', 'Kharkov', 'харків', 'ХАРКІВ', 'kharkiw', 'Harkov']],
    ['koeln', ['Köln', 'Koeln', 'koln', 'Cologne', 'Кёльн', 'Кельн', 'кельн']],
    ['kyiv', ['Київ', 'Kiew', 'Kyiv', 'Kiev', 'Киев', 'Kyjiw']],
    ['muenchen', ['München', 'Muenchen', 'Munich', 'Мюнхен', 'munchen']],
    ['minsk', ['Мінськ', 'Минск', 'Minsk', 'Мінск']],
    ['lviv', ['Львов', 'Львів', 'Lviv', 'Lwiw', 'Lemberg', 'Lvov', 'Lwów']],
    ['zaporizhzhia', ['Запоріжжя', 'Zaporizhzhia', 'Saporischschja', 'Запорожье', 'Zaporozhye', 'Zaporizhia']],
    ['mainz', ['Mainz', 'Майнц']],
    ['nuernberg', ['Nürnberg', 'Nuremberg', 'Nurnberg', 'Нюрнберг']],
    ['odesa', ['Odesa', 'Odessa', 'Одеса', 'Одесса']],
    ['dnipro', ['Dnipro', 'Дніпро', 'Днепр', 'Dnipropetrovsk', 'Dnepropetrovsk']],
    ['mykolaiv', ['Mykolaiv', 'Nikolaev', 'Миколаїв', 'Николаев', 'Mykolajiw']],
    ['gomel', ['Gomel', 'Homel', 'Homiel', 'Гомель']],
    ['vitebsk', ['Vitebsk', 'Viciebsk', 'Witebsk', 'Віцебск', 'Вітебськ']],
    ['mogilev', ['Mogilev', 'Могилев', 'Могилёв', 'Mahilyow', 'Магілёў']],
    ['grodno', ['Grodno', 'Hrodna', 'Гродно', 'Гродна']],
    ['nizhny-novgorod', ['Nizhny Novgorod', 'Nischni Nowgorod', 'Нижний Новгород', 'Нижній Новгород', 'nizhny']],
    ['yekaterinburg', ['Yekaterinburg', 'Ekaterinburg', 'Jekaterinburg', 'Екатеринбург', 'Єкатеринбург']],
    ['saint-petersburg', ['Saint Petersburg', 'St. Petersburg', 'Sankt Petersburg', 'Санкт-Петербург', 'Petersburg']],
    ['frankfurt-am-main', ['Frankfurt am Main', 'Frankfurt', 'frankfurt am', 'Франкфурт-на-Майне']],
  ];

  for (const [slug, queries] of cases) {
    for (const q of queries) {
      it(`"${q}" finds exactly ${slug}`, () => {
        expect(find(q)).toEqual([slug]);
      });
    }
  }

  it('does not confuse unrelated cities', () => {
    const no = (q: string, slug: string) => expect(find(q)).not.toContain(slug);
    no('Харків', 'koeln');
    no('Kharkiv', 'koeln');
    no('Köln', 'kharkiv');
    no('Minsk', 'mainz');
    no('Mainz', 'minsk');
    no('Минск', 'mainz');
    no('Kiel', 'kyiv');
    no('Kiev', 'kiel');
    no('Kassel', 'kazan');
    no('Kasan', 'kassel');
    no('Chernihiv', 'chernivtsi');
    no('Chernivtsi', 'chernihiv');
    no('Pinsk', 'minsk');
  });

  it('matches prefixes of a name', () => {
    expect(find('khar')).toContain('kharkiv');
    expect(find('Харк')).toContain('kharkiv');
    expect(find('char')).toContain('kharkiv');
    expect(find('zapor')).toContain('zaporizhzhia');
    expect(find('Sapor')).toContain('zaporizhzhia');
    expect(find('mün')).toContain('muenchen');
  });

  it('ignores keys shorter than two characters and empty queries', () => {
    expect(find('')).toEqual([]);
    expect(find(' - ')).toEqual([]);
    expect(find('k')).toEqual([]);
  });

  it('finds every seed city by each of its four names, and only that city', () => {
    for (const c of SEED_CITIES) {
      for (const n of [c.nameEn, c.nameDe, c.nameRu, c.nameUk]) {
        expect(find(n), `${c.slug} by "${n}"`).toEqual([c.slug]);
      }
    }
  });

  it('finds every seed city by each alias', () => {
    for (const c of SEED_CITIES) {
      for (const n of c.aliases) {
        expect(find(n), `${c.slug} by alias "${n}"`).toContain(c.slug);
      }
    }
  });

  it('finds every seed city by each transliteration of its Russian and Ukrainian names', () => {
    for (const c of SEED_CITIES) {
      for (const n of [...transliterate(c.nameRu), ...transliterate(c.nameUk)]) {
        expect(find(n), `${c.slug} by "${n}"`).toContain(c.slug);
      }
    }
  });
});

describe('SEED_CITIES', () => {
  it('has at least 48 cities from the four countries', () => {
    expect(SEED_CITIES.length).toBeGreaterThanOrEqual(48);
    const count = (cc: SeedCity['country']) => SEED_CITIES.filter((c) => c.country === cc).length;
    expect(count('DE')).toBeGreaterThanOrEqual(14);
    expect(count('UA')).toBeGreaterThanOrEqual(12);
    expect(count('BY')).toBeGreaterThanOrEqual(8);
    expect(count('RU')).toBeGreaterThanOrEqual(8);
  });

  it('has unique kebab-case ASCII slugs', () => {
    const slugs = SEED_CITIES.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has valid IANA time zones', () => {
    for (const c of SEED_CITIES) {
      expect(() => new Intl.DateTimeFormat(undefined, { timeZone: c.timeZone }), c.timeZone).not.toThrow();
    }
  });

  it('writes Russian and Ukrainian names in Cyrillic, English and German names in Latin', () => {
    for (const c of SEED_CITIES) {
      expect(hasCyrillic(c.nameRu), c.nameRu).toBe(true);
      expect(hasCyrillic(c.nameUk), c.nameUk).toBe(true);
      expect(hasCyrillic(c.nameEn), c.nameEn).toBe(false);
      expect(hasCyrillic(c.nameDe), c.nameDe).toBe(false);
      // Russian has no і/ї/є/ґ; Ukrainian has no ы/э/ё/ъ
      expect(c.nameRu, c.slug).not.toMatch(/[іїєґІЇЄҐ]/);
      expect(c.nameUk, c.slug).not.toMatch(/[ыэёъЫЭЁЪ]/);
    }
  });
});

describe('fileNamePart', () => {
  it('keeps a city the applicant typed in Cyrillic, transliterated, instead of dropping it', () => {
    expect(fileNamePart('Чернігів')).toBe('chernihiv');
    expect(fileNamePart('Нова Каховка')).toBe('nova-kakhovka');
    expect(fileNamePart('Nürnberg')).toBe('nuernberg');
    expect(fileNamePart('Frankfurt (Oder)')).toBe('frankfurt-oder');
    expect(fileNamePart('—')).toBe('');
  });
});
