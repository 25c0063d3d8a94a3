import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/** The font family every PDF of the platform uses: Noto Sans covers Latin and Cyrillic. */
export const PDF_FONT_FAMILY = 'NotoSans';

const FONT_DIR = path.join(process.cwd(), 'public', 'fonts');
const FACES = [
  { src: path.join(FONT_DIR, 'NotoSans-Regular.ttf'), fontWeight: 'normal' as const },
  { src: path.join(FONT_DIR, 'NotoSans-Bold.ttf'), fontWeight: 'bold' as const },
  { src: path.join(FONT_DIR, 'NotoSans-Italic.ttf'), fontWeight: 'normal' as const, fontStyle: 'italic' as const },
];

/** The part of a fontkit font and glyph this file touches. */
type Glyph = { codePoints: number[] };
type FontkitFont = { getGlyph: (id: number, characters?: number[]) => Glyph | null };
type Source = { load: () => Promise<void>; data: FontkitFont | null };

let ready: Promise<void> | null = null;

/**
 * fontkit keeps one glyph object per glyph id, with the characters of whoever asked first. A document's subset
 * asks for the parts of composed letters (the "a" of "ä") without characters; a later document that lays out
 * that letter got the glyph with none, and react-pdf writes a glyph's characters into the PDF's text map, so the
 * letter vanished from the second document's text (copy, search, screen readers: "St dte"). A glyph asked for
 * with characters now gets them.
 */
function keepCharacters(font: FontkitFont) {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, characters = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && characters.length > 0 && glyph.codePoints.length === 0) glyph.codePoints = characters;
    return glyph;
  };
}

/**
 * Registers the vendored Noto Sans TTFs (public/fonts, OFL — see LICENSE-NotoSans.txt) once per process and
 * parses them once: opening and laying out the three faces cost 35–60 ms, most of a PDF's time (issue 15).
 * Helvetica would garble Cyrillic. Hyphenation is off: react-pdf would split words with English rules in every
 * language.
 */
function registerOnce(): Promise<void> {
  ready ??= (async () => {
    Font.registerHyphenationCallback((word) => [word]);
    Font.register({ family: PDF_FONT_FAMILY, fonts: FACES });
    const family = (Font.getRegisteredFonts() as Record<string, { sources: Source[] }>)[PDF_FONT_FAMILY];
    for (const source of family?.sources ?? []) {
      await source.load();
      if (source.data) keepCharacters(source.data);
    }
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** Runs one PDF render with the platform's fonts registered, passing the family name to use. */
export async function withPdfFonts<T>(render: (family: string) => Promise<T>): Promise<T> {
  await registerOnce();
  return render(PDF_FONT_FAMILY);
}
