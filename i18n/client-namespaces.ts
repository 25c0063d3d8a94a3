/**
 * Which message namespaces a page (or the layout) must send to the browser, derived from the code: follow the
 * imports from its file; from a 'use client' file on, everything reached is browser code, and each of its
 * `useTranslations('ns')` calls needs `ns` in the browser. A file reaching `useTranslations()` without a
 * namespace (the form error text, whose keys come from the server) needs `errors` and `validation`.
 * Server components translate on the server and need nothing sent. `sentNamespaces` reads the other side: what
 * a page's HTML actually carries. Read by tests and the bench only (node:fs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ROOT = join(__dirname, '..');
/** What a client file that translates dynamic keys (form errors from the server) needs. */
export const DYNAMIC_KEY_NAMESPACES = ['errors', 'validation'];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = join(dirname(from), spec);
  else return null; // a package: not ours to read
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.tsx'), join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s/;

function importsOf(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    if (TYPE_ONLY.test(m[0])) continue; // erased at build: brings no code
    const resolved = resolveImport(file, m[1]!);
    if (resolved) out.push(resolved);
  }
  return out;
}

const isClient = (source: string) => /^\s*['"]use client['"]/.test(source);
const isServerActions = (source: string) => /^\s*['"]use server['"]/.test(source);

type Catalogue = { [key: string]: string | Catalogue };
const catalogueOf = (locale: string) =>
  JSON.parse(readFileSync(join(ROOT, 'messages', `${locale}.json`), 'utf8')) as Catalogue;
const catalogue = catalogueOf('en');

/** Whether `key` names a message of the catalogue (every locale has the same keys). */
export function isMessageKey(key: string): boolean {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

/**
 * What `entry` sends to the browser, as message paths (a namespace such as 'toolbox', or one key such as
 * 'scheduling.errors.window'), and the client files it reaches. Three kinds of code are told apart:
 * - server components: translate on the server, send nothing;
 * - browser code (from a 'use client' file on): each `useTranslations('ns')` sends `ns`, and each whole
 *   message key written in it (a zod schema's error key) sends that key;
 * - server actions a form calls ('use server', and what they call): each whole message key they may answer
 *   with as a field error is sent, so the form can show it.
 */
export function clientMessagePaths(entry: string): { paths: string[]; clientFiles: string[] } {
  const paths = new Set<string>();
  const clientFiles = new Set<string>();
  const seen = new Set<string>();
  type Context = 'server' | 'client' | 'action';
  const visit = (file: string, context: Context) => {
    if (/server\/generated\//.test(file) || seen.has(`${context}:${file}`)) return;
    seen.add(`${context}:${file}`);
    const source = readFileSync(file, 'utf8');
    let here: Context = context;
    if (context === 'server' && isClient(source)) here = 'client';
    if (context === 'client' && isServerActions(source)) here = 'action';
    if (here === 'client') {
      clientFiles.add(relative(ROOT, file));
      for (const m of source.matchAll(/useTranslations\(\s*(?:'([^']*)'|"([^"]*)")?\s*\)/g)) {
        const ns = m[1] ?? m[2];
        if (ns) paths.add(ns);
        else DYNAMIC_KEY_NAMESPACES.forEach((n) => paths.add(n));
      }
    }
    if (here !== 'server') {
      for (const m of source.matchAll(/['"]([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)['"]/g))
        if (isMessageKey(m[1]!)) paths.add(m[1]!);
    }
    for (const next of importsOf(file, source)) visit(next, here);
  };
  visit(join(ROOT, entry), 'server');
  return { paths: minimal([...paths]), clientFiles: [...clientFiles].sort() };
}

/** Drops a path another one in the list contains ('application.wizard' inside 'application'), sorted. */
export function minimal(paths: string[]): string[] {
  const unique = [...new Set(paths)];
  return unique.filter((p) => !unique.some((other) => other !== p && p.startsWith(`${other}.`))).sort();
}

/** Every page and layout of the app that sends messages, with what it sends: i18n/client-messages.json. */
export function clientMessageMap(): Record<string, string[]> {
  const entries = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'app'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\/(page|layout)\.tsx$/.test(f))
    .sort();
  return Object.fromEntries(
    entries.map((f) => [f, clientMessagePaths(f).paths] as const).filter(([, paths]) => paths.length > 0),
  );
}

/**
 * The namespaces whose messages a page's HTML carries to the browser (NextIntlClientProvider's serialized
 * messages), for a page in `locale`: a namespace is found by its first message as the flight data writes it,
 * key path and the start of its text, e.g. \\"nav\\":{\\"brand\\":\\"Twin City… . A key of the same
 * name deeper in another namespace (call.editions) does not count.
 */
export function sentNamespaces(html: string, locale: string): string[] {
  const texts = catalogueOf(locale);
  return Object.keys(texts).filter((ns) => {
    let node: string | Catalogue = texts[ns]!;
    let signature = `\\"${ns}\\":`;
    while (typeof node === 'object') {
      const [first] = Object.keys(node);
      if (!first) return false;
      signature += `{\\"${first}\\":`;
      node = node[first]!;
    }
    const start = /^[\p{L}\p{N} ]{1,15}/u.exec(node)?.[0] ?? '';
    return html.includes(`${signature}\\"${start}`);
  });
}
