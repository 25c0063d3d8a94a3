import 'server-only';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/** The font family every PDF of the platform uses: Noto Sans covers Latin and Cyrillic. */
export const PDF_FONT_FAMILY = 'NotoSans';

let registered = false;

/**
 * Registers the vendored Noto Sans TTFs (public/fonts, OFL — see LICENSE-NotoSans.txt) once per
 * process. react-pdf's built-in Helvetica silently garbles Cyrillic, so every PDF must call this.
 * Hyphenation is switched off: react-pdf would split words with English rules in every language.
 */
export function registerPdfFonts(): string {
  if (registered) return PDF_FONT_FAMILY;
  const dir = path.join(process.cwd(), 'public', 'fonts');
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: path.join(dir, 'NotoSans-Regular.ttf'), fontWeight: 'normal' },
      { src: path.join(dir, 'NotoSans-Bold.ttf'), fontWeight: 'bold' },
      { src: path.join(dir, 'NotoSans-Italic.ttf'), fontWeight: 'normal', fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
  return PDF_FONT_FAMILY;
}
