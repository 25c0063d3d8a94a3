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

let hyphenationOff = false;
let counter = 0;

/**
 * Runs one PDF render with the vendored Noto Sans TTFs (public/fonts, OFL — see LICENSE-NotoSans.txt)
 * registered under a family name of its own. react-pdf keeps one parsed font per family, and a second
 * document rendered with the same parsed font loses glyphs (letters vanish from bold text), so every
 * render gets fresh font objects, which are dropped afterwards. Helvetica would garble Cyrillic.
 * Hyphenation is off: react-pdf would split words with English rules in every language.
 */
export async function withPdfFonts<T>(render: (family: string) => Promise<T>): Promise<T> {
  if (!hyphenationOff) {
    Font.registerHyphenationCallback((word) => [word]);
    hyphenationOff = true;
  }
  counter += 1;
  const family = `${PDF_FONT_FAMILY}-${counter}`;
  Font.register({ family, fonts: FACES });
  try {
    return await render(family);
  } finally {
    delete (Font.getRegisteredFonts() as Record<string, unknown>)[family];
  }
}
