import 'server-only';
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { withPdfFonts } from './fonts';

export type MethodCardPdfInput = {
  locale: string;
  kindLabel: string;
  title: string;
  summary: string;
  body: string;
  facts: { label: string; value: string }[];
  footer: string;
};

type Block = { type: 'h' | 'p' | 'li'; text: string; marker?: string };

/** A small Markdown reading for print: headings, paragraphs and list items; inline marks are dropped. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  const inline = (s: string) =>
    s
      .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, '$1 ($2)')
      .replace(/[*_`]+/g, '')
      .trim();
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^(\d+)[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: 'h', text: inline(heading[1]!) });
    } else if (bullet) {
      flush();
      blocks.push({ type: 'li', text: inline(bullet[1]!), marker: '•' });
    } else if (numbered) {
      flush();
      blocks.push({ type: 'li', text: inline(numbered[2]!), marker: `${numbered[1]}.` });
    } else if (!/^\|?\s*-{3,}/.test(line)) {
      paragraph.push(inline(line.replace(/^>\s*/, '').replace(/\|/g, ' ')));
    }
  }
  flush();
  return blocks;
}

export async function renderMethodCardPdf(input: MethodCardPdfInput): Promise<Buffer> {
  return withPdfFonts((family) => renderMethodCard(input, family));
}

function renderMethodCard(input: MethodCardPdfInput, family: string): Promise<Buffer> {
  // react-pdf resolves the page's lineHeight to points at the page's font size and children inherit the points,
  // so every text larger than the body names its own line height, or its lines overprint one another.
  const styles = StyleSheet.create({
    page: { fontFamily: family, fontSize: 10.5, padding: 40, lineHeight: 1.45, color: '#1b2430' },
    kind: { fontSize: 9, lineHeight: 1.4, color: '#174c99', fontWeight: 'bold', textTransform: 'uppercase' },
    title: { fontSize: 20, lineHeight: 1.25, fontWeight: 'bold', marginTop: 4 },
    summary: { fontSize: 12, lineHeight: 1.4, marginTop: 6, marginBottom: 10 },
    facts: {
      flexDirection: 'row',
      flexWrap: 'wrap',
      borderTop: '1pt solid #d9ebff',
      borderBottom: '1pt solid #d9ebff',
      paddingVertical: 6,
      marginBottom: 10,
    },
    fact: { width: '50%', marginBottom: 4 },
    factLabel: { fontSize: 8.5, color: '#4a5565' },
    factValue: { fontWeight: 'bold' },
    h: { fontSize: 13, lineHeight: 1.3, fontWeight: 'bold', marginTop: 10, marginBottom: 3 },
    p: { marginBottom: 5 },
    li: { flexDirection: 'row', marginBottom: 3 },
    marker: { width: 16 },
    footer: { position: 'absolute', bottom: 20, left: 40, right: 40, fontSize: 8, color: '#4a5565' },
  });
  const doc = (
    <Document title={input.title} language={input.locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.kind}>{input.kindLabel}</Text>
        <Text style={styles.title}>{input.title}</Text>
        <Text style={styles.summary}>{input.summary}</Text>
        <View style={styles.facts}>
          {input.facts.map((f) => (
            <View key={f.label} style={styles.fact}>
              <Text style={styles.factLabel}>{f.label}</Text>
              <Text style={styles.factValue}>{f.value}</Text>
            </View>
          ))}
        </View>
        {markdownBlocks(input.body).map((b, i) =>
          b.type === 'li' ? (
            <View key={i} style={styles.li} wrap={false}>
              <Text style={styles.marker}>{b.marker}</Text>
              <Text style={{ flex: 1 }}>{b.text}</Text>
            </View>
          ) : (
            <Text key={i} style={b.type === 'h' ? styles.h : styles.p} minPresenceAhead={b.type === 'h' ? 40 : 0}>
              {b.text}
            </Text>
          ),
        )}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${input.footer} · ${pageNumber}/${totalPages}`}
        />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
