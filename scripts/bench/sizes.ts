/** What a page weighs: its first-load JavaScript (from the build's diagnostics) and its HTML, raw and gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMessageKey, sentNamespaces } from '../../i18n/client-namespaces';
import { locales } from '../../i18n/routing';

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] }[];

/** Gzipped first-load JS per route, summed over the chunks Next lists for it (`.next/diagnostics`). */
export function firstLoadJs(appDir: string): Map<string, { raw: number; gzip: number }> {
  const file = join(appDir, '.next', 'diagnostics', 'route-bundle-stats.json');
  const out = new Map<string, { raw: number; gzip: number }>();
  if (!existsSync(file)) return out;
  const cache = new Map<string, number>();
  for (const r of JSON.parse(readFileSync(file, 'utf8')) as RouteStats) {
    let gzip = 0;
    for (const chunk of r.firstLoadChunkPaths) {
      if (!cache.has(chunk)) {
        const path = join(appDir, chunk);
        cache.set(chunk, existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : 0);
      }
      gzip += cache.get(chunk)!;
    }
    out.set(r.route, { raw: r.firstLoadUncompressedJsBytes, gzip });
  }
  return out;
}

export type PageWeight = {
  status: number;
  raw: number;
  gzip: number;
  /** The scripts the HTML loads, gzipped: the page's first-load JS as a browser fetches it. */
  js: number;
  namespaces: string[];
  rawKeys: string[];
};

const scriptCache = new Map<string, number>();

async function scriptBytes(html: string, origin: string): Promise<number> {
  const srcs = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => new URL(m[1]!, origin).href));
  let total = 0;
  for (const src of srcs) {
    if (!scriptCache.has(src)) {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer());
      scriptCache.set(src, gzipSync(body, { level: 9 }).length);
    }
    total += scriptCache.get(src)!;
  }
  return total;
}

/**
 * The HTML of one answer, the message namespaces it carries to the browser (i18n/client-namespaces.ts reads
 * them as the e2e suite does) and any message key shown as text: a message that was not found.
 */
export async function pageWeight(url: string, cookie: string | undefined): Promise<PageWeight> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await res.text();
  const locale = new URL(url).pathname.split('/')[1]!;
  const namespaces = (locales as readonly string[]).includes(locale) ? sentNamespaces(html, locale) : [];
  const rawKeys = [...html.matchAll(/>([a-z][A-Za-z]+(?:\.[A-Za-z0-9-]+){1,5})</g)]
    .map((m) => m[1]!)
    .filter(isMessageKey);
  const bytes = Buffer.from(html);
  const js = await scriptBytes(html, new URL(url).origin);
  return { status: res.status, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length, js, namespaces, rawKeys };
}
