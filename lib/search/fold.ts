/**
 * Spelling-tolerant city search keys (pure functions, no dependencies, browser-safe).
 *
 * A city's names and aliases are turned into one space-separated `searchKeys` string
 * (see `searchKeysFor`), and a typed query into a few keys (see `queryKeysFor`). A query
 * matches when one of its keys starts a token of `searchKeys` (see `matchesCity`); the
 * database version uses the same keys with `LIKE` plus pg_trgm similarity for typos.
 *
 * Three layers of forms:
 *  1. folded   — `foldLatin`: lowercase, ä/ö/ü/ß → ae/oe/ue/ss, other Latin diacritics
 *                stripped, punctuation/hyphens → single spaces. Cyrillic is kept as is
 *                (only ё → е), so "Харків" and "харків" fold to the same key.
 *  2. translit — `transliterate`: Cyrillic → Latin in four systems people actually use:
 *                Ukrainian→English (national 2010: Kharkiv, Kyiv, Zaporizhzhia),
 *                Russian→English (Kharkov, Kiev, Nizhny), Russian→German Duden (Charkow,
 *                Jekaterinburg, Nischni) and Ukrainian→German Duden (Charkiw, Kyjiw,
 *                Saporischschja). This covers the Ukrainian/Russian г → h/g, и → y/i split.
 *  3. loose    — `looseKey`: a phonetic skeleton of a folded Latin form (rules below), so
 *                that e.g. charkiw / kharkiv → "harkiv", kiev / kiew / kyiv / kyjiw → "kiv",
 *                zaporizhzhia / saporischschja → "saporisia", koeln / koln → "koln".
 */

const CYRILLIC_RE = /[\u0400-\u04ff]/;
const CYRILLIC_VOWELS = new Set('аеёиіїоуыэюяєў'.split(''));
const APOSTROPHES_RE = /['’ʼʻ`´‘]/g;
const IS_APOSTROPHE_RE = /^['’ʼʻ`´‘]$/;

/** Latin letters that do not decompose under NFD. */
const SPECIAL_LATIN: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

export function hasCyrillic(s: string): boolean {
  return CYRILLIC_RE.test(s);
}

/**
 * Lowercase; German ä/ö/ü/ß → ae/oe/ue/ss first, then strip other Latin diacritics
 * (NFD + remove combining marks); Cyrillic letters are kept (ё → е, й/ї stay intact);
 * apostrophes are dropped; any run of whitespace/punctuation/hyphens → one space; trim.
 */
export function foldLatin(s: string): string {
  let out = s.normalize('NFC').toLowerCase();
  out = out.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  // Strip diacritics outside the Cyrillic block only (NFD would turn й into и + breve).
  out = out.replace(/[^\u0400-\u04ff]+/g, (seg) => seg.normalize('NFD').replace(/\p{M}+/gu, ''));
  out = out.replace(/ё/g, 'е');
  out = out.replace(/[łøđðþæœı]/g, (c) => SPECIAL_LATIN[c] ?? c);
  out = out.replace(APOSTROPHES_RE, '');
  out = out.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return out.trim();
}

// ---------------------------------------------------------------------------------------
// Transliteration

type Ctx = {
  /** lowercase letter */
  c: string;
  /** previous lowercase char ('' at start) */
  prev: string;
  /** next lowercase char ('' at end) */
  next: string;
  /** char after next */
  next2: string;
  /** at the beginning of a word */
  initial: boolean;
  /** after a vowel, soft or hard sign (or at word start) — where е/ё/ю/я are iotated */
  iotated: boolean;
};

type System = (x: Ctx) => string | undefined;
/** A letter's rendering: fixed, or chosen by its neighbours. */
type Rule = string | ((x: Ctx) => string);

const isLetter = (ch: string) => ch !== '' && /\p{L}/u.test(ch);
const isVowel = (ch: string) => CYRILLIC_VOWELS.has(ch);
const endOfWord = (ch: string) => !isLetter(ch);
const betweenVowels = (x: Ctx) => isVowel(x.prev) && isVowel(x.next);
const afterHushing = (x: Ctx) => x.prev !== '' && 'жчшщ'.includes(x.prev);
/** Russian -ий / -ый at the end of a word → -y (Nizhny). */
const adjectiveEnding = (x: Ctx) => x.next === 'й' && endOfWord(x.next2);

/** Letters that are the same in all four systems. */
const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  д: 'd',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  т: 't',
  у: 'u',
  ф: 'f',
  ь: '',
  ъ: '',
  ґ: 'g',
  э: 'e',
  ы: 'y',
  ў: 'u',
};

/** Letters both English systems write alike. */
const ENGLISH: Record<string, Rule> = {
  в: 'v',
  ж: 'zh',
  з: 'z',
  і: 'i',
  с: 's',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
};

/** Letters both German (Duden) systems write alike. */
const GERMAN: Record<string, Rule> = {
  в: 'w',
  є: 'je',
  ж: 'sch',
  з: 's',
  і: 'i',
  ї: 'ji',
  с: (x) => (betweenVowels(x) ? 'ss' : 's'),
  х: 'ch',
  ц: 'z',
  ч: 'tsch',
  ш: 'sch',
  щ: 'schtsch',
  ь: (x) => (x.next === 'о' ? 'j' : ''),
  ю: 'ju',
  я: 'ja',
};

/** One system from its table; a letter it does not name is one of COMMON (or not Cyrillic at all). */
function system(rules: Record<string, Rule>): System {
  return (x) => {
    const rule = rules[x.c] ?? COMMON[x.c];
    return typeof rule === 'function' ? rule(x) : rule;
  };
}

/** Ukrainian → English, national system of 2010 (Kharkiv, Kyiv, Zaporizhzhia). */
const ukEn = system({
  ...ENGLISH,
  г: (x) => (x.prev === 'з' ? 'gh' : 'h'),
  е: 'e',
  є: (x) => (x.initial ? 'ye' : 'ie'),
  ё: (x) => (x.initial ? 'yo' : 'io'),
  и: 'y',
  ї: (x) => (x.initial ? 'yi' : 'i'),
  й: (x) => (x.initial ? 'y' : 'i'),
  ю: (x) => (x.initial ? 'yu' : 'iu'),
  я: (x) => (x.initial ? 'ya' : 'ia'),
});

/** Russian → English, common simplified BGN usage (Kharkov, Kiev, Nizhny, Yekaterinburg). */
const ruEn = system({
  ...ENGLISH,
  г: 'g',
  е: (x) => (x.initial || x.prev === 'ь' || x.prev === 'ъ' ? 'ye' : 'e'),
  є: 'ye',
  ё: (x) => (afterHushing(x) ? 'o' : 'yo'),
  и: (x) => (adjectiveEnding(x) ? '' : 'i'),
  ы: (x) => (adjectiveEnding(x) ? '' : 'y'),
  ї: 'yi',
  й: 'y',
  ю: 'yu',
  я: 'ya',
});

/** Russian → German, Duden (Charkow, Jekaterinburg, Nischni Nowgorod, Jaroslawl). */
const ruDe = system({
  ...GERMAN,
  г: 'g',
  е: (x) => (x.initial || x.iotated ? 'je' : 'e'),
  ё: (x) => (afterHushing(x) ? 'o' : 'jo'),
  и: 'i',
  ы: 'y',
  й: (x) => {
    if (x.prev === 'и' || x.prev === 'ы') return endOfWord(x.next) ? '' : 'j';
    return x.initial || isVowel(x.next) ? 'j' : 'i';
  },
});

/** Ukrainian → German, Duden (Charkiw, Kyjiw, Saporischschja, Tschernihiw). */
const ukDe = system({
  ...GERMAN,
  г: 'h',
  е: 'e',
  ё: 'jo',
  и: 'y',
  й: 'j',
});

const SYSTEMS: System[] = [ukEn, ruEn, ruDe, ukDe];

function run(system: System, s: string): string {
  const chars = Array.from(s.normalize('NFC'));
  const lower = chars.map((ch) => ch.toLowerCase());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = lower[i];
    if (!CYRILLIC_RE.test(c)) {
      out += IS_APOSTROPHE_RE.test(c) ? '' : chars[i];
      continue;
    }
    // Skip apostrophes when looking back (Ukrainian "м'я" behaves like a word-internal position).
    let p = i - 1;
    while (p >= 0 && IS_APOSTROPHE_RE.test(lower[p])) p--;
    const prev = p >= 0 ? lower[p] : '';
    const next = lower[i + 1] ?? '';
    const next2 = lower[i + 2] ?? '';
    const initial = !isLetter(prev);
    const ctx: Ctx = { c, prev, next, next2, initial, iotated: isVowel(prev) || prev === 'ь' || prev === 'ъ' };
    const latin = system(ctx);
    if (latin === undefined) {
      out += chars[i];
      continue;
    }
    const upper = chars[i] !== c;
    out += upper && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

/**
 * Latin renderings of a Cyrillic (Russian, Ukrainian or Belarusian) string under four
 * systems: Ukrainian→English, Russian→English, Russian→German (Duden), Ukrainian→German.
 * Duplicates are removed (≤ 4 results). Input without Cyrillic letters returns `[s]`.
 */
export function transliterate(s: string): string[] {
  if (!hasCyrillic(s)) return [s];
  const out: string[] = [];
  for (const system of SYSTEMS) {
    const t = run(system, s);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Loose (phonetic skeleton) form

/**
 * Phonetic skeleton of a folded Latin string (output of `foldLatin`). Rules, in order:
 *  1. German umlaut digraphs: oe → o, ue → u, ae → a        (koeln = koln, muenchen = munchen)
 *  2. щ/ш/ж/ч/х clusters: schtsch, shch, sch, sh, zh → s;
 *     tsch, cz, kh, ch → h   (х and ч merge: "ch" is х in German but ч in English)
 *  3. ck → k; ts, tz → s; c before a/o/u → k; other c → s; z → s
 *     (all sibilants merge: z is з in English but ц in German, s is з in German)
 *  4. w → v; j, y → i
 *  5. "ie" → "e" at the start of a word, else → "i"          (Yekaterinburg = Ekaterinburg,
 *                                                             Kiev = Kiew = Kyiv = Kyjiw)
 *  6. doubled letters collapse to one                         (Bonn = Bon, Odessa = Odesa)
 * Returns '' for input that still contains Cyrillic.
 */
export function looseKey(folded: string): string {
  if (hasCyrillic(folded)) return '';
  let s = folded;
  s = s.replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/ae/g, 'a');
  s = s.replace(/schtsch|shch/g, 's');
  s = s.replace(/tsch/g, 'h');
  s = s.replace(/sch|sh|zh/g, 's');
  s = s.replace(/cz|kh|ch/g, 'h');
  s = s.replace(/ck/g, 'k');
  s = s.replace(/ts|tz/g, 's');
  s = s.replace(/c(?=[aou])/g, 'k').replace(/c/g, 's');
  s = s.replace(/z/g, 's');
  s = s.replace(/w/g, 'v');
  s = s.replace(/[jy]/g, 'i');
  s = s.replace(/\bie/g, 'e').replace(/ie/g, 'i');
  s = s.replace(/([a-z])\1+/g, '$1');
  return s;
}

// ---------------------------------------------------------------------------------------
// Keys

/** Folded forms of one name: the name itself, its transliterations, and their loose forms. */
function formsOf(name: string): string[] {
  const forms: string[] = [];
  const add = (f: string) => {
    if (f && !forms.includes(f)) forms.push(f);
  };
  add(foldLatin(name));
  if (hasCyrillic(name)) for (const t of transliterate(name)) add(foldLatin(t));
  for (const f of [...forms]) add(looseKey(f));
  return forms;
}

/**
 * One space-separated string of the distinct folded forms of all names/aliases: each name
 * folded, transliterations of Cyrillic names folded, and the loose form of every Latin form.
 */
export function searchKeysFor(names: string[]): string {
  const all: string[] = [];
  for (const name of names) {
    for (const f of formsOf(name)) if (!all.includes(f)) all.push(f);
  }
  return all.join(' ');
}

/** The keys a typed query is matched with (same forms as `searchKeysFor`, for one string). */
export function queryKeysFor(q: string): string[] {
  return formsOf(q);
}

/**
 * True when any query key of length ≥ 2 occurs in `searchKeys` at the start of a token
 * (prefix match, may span several words: "frankfurt am" matches "frankfurt am main").
 * SQL equivalent: (' ' || search_keys) LIKE '% ' || key || '%'.
 */
export function matchesCity(q: string, searchKeys: string): boolean {
  const haystack = ' ' + searchKeys;
  return queryKeysFor(q).some((k) => k.length >= 2 && haystack.includes(' ' + k));
}

/**
 * A name as the ASCII part of a file name: Cyrillic transliterated (Ukrainian→English), diacritics folded,
 * words joined by hyphens ("Чернігів" → "chernihiv", "Nürnberg" → "nuernberg"); '' when nothing is left.
 */
export function fileNamePart(name: string): string {
  return foldLatin(transliterate(foldLatin(name))[0]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
