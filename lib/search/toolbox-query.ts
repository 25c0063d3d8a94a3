/**
 * Query-side help for the toolbox search (browser-safe, no dependencies).
 *
 * PostgreSQL stems German, Russian and English, but has no Ukrainian configuration: Ukrainian
 * versions are indexed with 'simple' (whole lower-cased words). To still find inflected forms,
 * each typed word is cut down to a likely stem with a small suffix list and searched as a prefix
 * (`громад:*` finds громада, громади, громадою); the о/е ↔ і alternation of the last syllable is
 * searched both ways (`сторонами` → `сторон:* | сторін:*`). The SQL side is toolbox_search_query() in the
 * toolbox_search migration; see docs/decisions/009-toolbox-search.md.
 */

// Ukrainian (and a few shared Russian) inflection endings, longest first so the longest one is cut.
const ENDINGS = [
  'ськими',
  'ського',
  'ському',
  'ською',
  'ськими',
  'ями',
  'ами',
  'ові',
  'еві',
  'єві',
  'ого',
  'ому',
  'ими',
  'іми',
  'ими',
  'ою',
  'ею',
  'єю',
  'ях',
  'ах',
  'ів',
  'їв',
  'ей',
  'ом',
  'ем',
  'єм',
  'ям',
  'ий',
  'ій',
  'ої',
  'ої',
  'их',
  'іх',
  'ти',
  'ть',
  'ся',
  'ні',
  'ня',
  'а',
  'я',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'е',
  'є',
  'о',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 4;
const CYRILLIC_RE = /[\u0400-\u04ff]/;

/** Lower-case, ё → е, apostrophes dropped (м'ясо and мʼясо are one word). */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’ʼʻ`´‘]/g, '');
}

/** A light stem for Cyrillic words without a PostgreSQL stemmer; Latin words are returned as they are. */
export function lightStem(word: string): string {
  const w = normaliseWord(word);
  if (!CYRILLIC_RE.test(w)) return w;
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= MIN_STEM) return w.slice(0, -ending.length);
  }
  return w;
}

// Ukrainian alternates о/е with і in a closed last syllable: сторона → сторін, Харків → Харкова, піч → печі.
const ALTERNATION_RE = /([оеі])([бвгґджзклмнпрстфхцчшщ])$/;

/** The stem and its о/е ↔ і alternates, so 'сторонами' also reaches 'сторін'. */
export function stemVariants(word: string): string[] {
  const stem = lightStem(word);
  const m = ALTERNATION_RE.exec(stem);
  if (!m || !CYRILLIC_RE.test(stem)) return [stem];
  const head = stem.slice(0, m.index);
  const swaps = m[1] === 'і' ? ['о', 'е'] : ['і'];
  return [stem, ...swaps.map((v) => `${head}${v}${m[2]}`)];
}

/** The words of a query, as the search sees them: letters and digits, negated and OR words left to websearch. */
export function queryWords(q: string): string[] {
  return q
    .split(/\s+/)
    .filter((t) => t && !t.startsWith('-') && t.toLowerCase() !== 'or')
    .flatMap((t) => normaliseWord(t).split(/[^\p{L}\p{N}]+/u))
    .filter((t) => t.length >= 2)
    .slice(0, 12);
}

/**
 * A to_tsquery('simple', …) string of prefix terms, safe by construction: only letters and
 * digits reach it, so no input can make PostgreSQL reject the query.
 */
export function prefixTermsFor(q: string): string {
  const groups = [
    ...new Set(
      queryWords(q).map((w) =>
        stemVariants(w)
          .map((v) => `${v}:*`)
          .join(' | '),
      ),
    ),
  ];
  return groups.map((g) => (g.includes('|') ? `(${g})` : g)).join(' & ');
}

// Markers ts_headline puts around matches; rendered as <mark> by React, never as HTML.
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

export type SnippetPart = { text: string; isMatch: boolean };

/** Splits a ts_headline result into plain and highlighted parts. */
export function splitHighlights(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = new RegExp(`${HIGHLIGHT_START}([^${HIGHLIGHT_STOP}]*)${HIGHLIGHT_STOP}`, 'g');
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index! > last) parts.push({ text: snippet.slice(last, m.index), isMatch: false });
    parts.push({ text: m[1]!, isMatch: true });
    last = m.index! + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), isMatch: false });
  return parts;
}
