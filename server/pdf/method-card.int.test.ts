import { describe, expect, it } from 'vitest';
import { renderMethodCardPdf } from './method-card';

type Line = { text: string; baseline: number; size: number };

/** The first page's text lines, top to bottom, each with its baseline (points from the top) and font size. */
async function firstPageLines(buffer: Buffer): Promise<Line[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const height = page.getViewport({ scale: 1 }).viewBox[3]!;
  const lines = new Map<number, Line>();
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const baseline = Math.round((height - item.transform[5]!) * 10) / 10;
    const size = Math.abs(item.transform[3]!);
    const line = lines.get(baseline) ?? { text: '', baseline, size: 0 };
    line.text += item.str;
    line.size = Math.max(line.size, size);
    lines.set(baseline, line);
  }
  return [...lines.values()].sort((a, b) => a.baseline - b.baseline);
}

describe('the method-card PDF', () => {
  it('sets a long title over two lines without either line running into the next text (uk)', async () => {
    const pdf = await renderMethodCardPdf({
      locale: 'uk',
      kindLabel: 'Метод',
      title: 'Світове кафе для двох міст-партнерів: як почати розмову про спільне майбутнє громади',
      summary: 'Невеликі групи за столами обговорюють одне питання, потім змінюють столи й переносять ідеї далі.',
      body: 'Перший абзац тексту методу.\n\n## Кроки\n- Запросіть людей\n- Поставте питання',
      facts: [{ label: 'Тривалість', value: '2 год' }],
      footer: 'Twin City Tool Box',
    });
    if (process.env.PDF_OUT) (await import('node:fs')).writeFileSync(process.env.PDF_OUT, pdf);
    const lines = await firstPageLines(pdf);
    const titleLines = lines.filter((l) => l.size >= 19);
    expect(titleLines.length).toBeGreaterThanOrEqual(2);
    // Each line's baseline sits at least its own font size below the one above it: nothing overprints.
    for (let i = 1; i < lines.length; i += 1) {
      const [above, line] = [lines[i - 1]!, lines[i]!];
      expect(line.baseline - above.baseline, `"${above.text}" / "${line.text}"`).toBeGreaterThanOrEqual(line.size);
    }
    expect(lines.map((l) => l.text).join(' ')).toContain('Перший абзац тексту методу.');
  });
});
