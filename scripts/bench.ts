/**
 * `npm run bench`: how fast the platform is, as one table (a benchmark, not a test: nothing here is timed in the
 * suite). It
 * - generates the large dataset in a database of its own (scripts/bench/dataset.ts; BENCH_DATABASE_URL);
 * - builds the app unless the current build is fresh, and the baseline app unless its build is kept
 *   (scripts/bench/baseline.ts, in .bench/);
 * - serves both through scripts/server.mjs, as `npm start` does, and drives every page of the table with
 *   autocannon (64 connections for throughput, 16 for latency; 10 s request timeout; BENCH_SECONDS each), each
 *   page followed by its baseline, so that its ratio is to a neighbour and not to a pace of minutes before;
 * - times the application and method-card PDFs over HTTP and the ZIP of 200 PDFs in this process;
 * - weighs each page's HTML and first-load JS, and lists the message namespaces its HTML carries;
 * - EXPLAINs the hot queries (scripts/bench/explain.ts) and times the toolbox search query itself;
 * - prints the table and writes it to docs/bench.md, which the README links.
 * Exits non-zero only when it could not measure (a page that did not answer 200 counts as that).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bin, buildIsStale, clearDataCache, run } from './lib.mjs';
import { freshMigratedDatabase } from './test-db.mjs';
import { BASELINE_DIR, ensureBaseline } from './bench/baseline';
import { DEFAULT_SIZES, generateDataset, type Dataset } from './bench/dataset';
import { explainHotQueries, installQueryCapture } from './bench/explain';
import { drive, percentile, type LoadResult } from './bench/load';
import { searchBench } from './bench/materials';
import { firstLoadJs, pageWeight, type PageWeight } from './bench/sizes';

const ROOT = process.cwd();
const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_bench';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const PORT = Number(process.env.BENCH_PORT ?? 3500);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const SIZES = {
  applications: Math.round(DEFAULT_SIZES.applications * scale),
  pairs: Math.round(DEFAULT_SIZES.pairs * scale),
  materials: Math.round(DEFAULT_SIZES.materials * scale),
  zip: DEFAULT_SIZES.zip,
};
const children: ChildProcess[] = [];
const log = (...args: unknown[]) => console.log('[bench]', ...args);

type Group = 'P1' | 'P2' | 'P3' | 'base';
type Page = { group: Group; label: string; path: string; route: string; who?: 'coordinator' | 'applicant' };

function pages(d: Dataset): Page[] {
  return [
    { group: 'base', label: 'bare static', path: '/static', route: '/static' },
    { group: 'base', label: 'bare dynamic', path: '/dynamic', route: '/dynamic' },
    { group: 'P1', label: 'home', path: '/en', route: '/[locale]' },
    { group: 'P1', label: 'call', path: '/en/call', route: '/[locale]/call' },
    { group: 'P1', label: 'past edition', path: `/uk/call/${d.pastSlug}`, route: '/[locale]/call/[slug]' },
    { group: 'P1', label: 'toolbox', path: '/uk/toolbox', route: '/[locale]/toolbox' },
    {
      group: 'P1',
      label: 'material',
      path: `/en/toolbox/${d.materialSlug}`,
      route: '/[locale]/toolbox/[slug]/[[...view]]',
    },
    {
      group: 'P2',
      label: 'toolbox search',
      path: `/uk/toolbox?q=${encodeURIComponent('партнерство')}`,
      route: '/[locale]/toolbox/search',
    },
    {
      group: 'P2',
      label: 'toolbox filters',
      path: '/en/toolbox?stage=MATCH_SPRINT&kind=METHOD_CARD',
      route: '/[locale]/toolbox/search',
    },
    { group: 'P3', label: 'dashboard', path: '/en/dashboard', route: '/[locale]/dashboard', who: 'applicant' },
    { group: 'P3', label: 'coordinator', path: '/en/coordinator', route: '/[locale]/coordinator', who: 'coordinator' },
    {
      group: 'P3',
      label: 'applications',
      path: `/en/coordinator/editions/${d.reviewCallId}/applications`,
      route: '/[locale]/coordinator/editions/[id]/applications',
      who: 'coordinator',
    },
    {
      group: 'P3',
      label: 'booster',
      path: '/en/coordinator/booster',
      route: '/[locale]/coordinator/booster',
      who: 'coordinator',
    },
    { group: 'P3', label: 'pair', path: `/en/pairs/${d.pairId}`, route: '/[locale]/pairs/[id]', who: 'coordinator' },
  ];
}

async function waitFor(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server for ${url} exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Serves a build through scripts/server.mjs, as `npm start` does. */
async function serve(dir: string, port: number, env: Record<string, string>, probe: string) {
  const script = `import { startServer } from ${JSON.stringify(join(ROOT, 'scripts', 'server.mjs'))};
    await startServer({ port: ${port}, dir: ${JSON.stringify(dir)} });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  await waitFor(`http://localhost:${port}${probe}`, child);
}

function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
}
process.on('exit', stopAll);

async function timeSequential(n: number, fn: () => Promise<void>) {
  await fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const num = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function main() {
  const started = Date.now();
  const now = new Date();
  log(`database ${new URL(URL_).pathname.slice(1)}: fresh, migrated; dataset ×${scale}`);
  await freshMigratedDatabase(URL_);
  process.env.DATABASE_URL = URL_;
  await installQueryCapture(URL_);
  const data = await generateDataset(URL_, SIZES, now);
  log('dataset', JSON.stringify(data.counts), `in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const buildEnv = { ...process.env, DATABASE_URL: URL_, NEXT_TELEMETRY_DISABLED: '1' };
  if (buildIsStale()) {
    log('building the app');
    await run(bin('next'), ['build'], buildEnv);
  } else log('reusing the current build of the app');
  // Kept reads of the library are of the dataset before this one.
  clearDataCache();
  const versions = await ensureBaseline((dir) => run(bin('next'), ['build', '--webpack', dir], buildEnv));
  log(`baseline built with ${versions}`);

  const secret = randomBytes(24).toString('hex');
  await serve(
    ROOT,
    PORT,
    {
      DATABASE_URL: URL_,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: secret,
      // Nothing to deliver to: the outbox waits an hour between rounds.
      SMTP_URL: 'smtp://127.0.0.1:9',
      OUTBOX_INTERVAL_MS: '3600000',
    },
    '/api/health',
  );
  await serve(BASELINE_DIR, PORT + 1, { DATABASE_URL: URL_ }, '/static');

  const cookies = {
    coordinator: `next-auth.session-token=${data.coordinatorToken}`,
    applicant: `next-auth.session-token=${data.applicantToken}`,
  };
  const appJs = firstLoadJs(ROOT);
  const baseJs = firstLoadJs(BASELINE_DIR);
  type Row = Page & {
    load: LoadResult;
    latency: LoadResult;
    weight: PageWeight;
    js?: { raw: number; gzip: number };
    /** The page's baseline, driven right after it: the machine's pace drifts within a run (bare static measured
     * 828, 1036 and 1875 req/s in three runs of one afternoon), so each ratio is to its own neighbour. */
    neighbour?: number;
  };
  const BASE_OF: Record<Group, 'static' | 'dynamic'> = { P1: 'static', P2: 'dynamic', P3: 'dynamic', base: 'static' };
  const rows: Row[] = [];
  for (const page of pages(data)) {
    const port = page.group === 'base' ? PORT + 1 : PORT;
    const url = `http://localhost:${port}${page.path}`;
    const cookie = page.who ? cookies[page.who] : undefined;
    const weight = await pageWeight(url, cookie);
    // A few requests first: a page prerendered on its first request is measured as it is served afterwards.
    for (let i = 0; i < 3; i++) await fetch(url, { headers: cookie ? { cookie } : {} }).then((r) => r.arrayBuffer());
    // Then two seconds of load, unmeasured: the first drive of a route is partly its code being compiled by V8,
    // and a baseline driven again and again would otherwise be compared warm with a page driven cold.
    await drive(url, { connections: 16, seconds: 2, cookie });
    const load = await drive(url, { connections: 64, seconds: SECONDS, cookie });
    const latency = await drive(url, { connections: 16, seconds: SECONDS, cookie });
    const js = (page.group === 'base' ? baseJs : appJs).get(page.route);
    const baseUrl = `http://localhost:${PORT + 1}/${BASE_OF[page.group]}`;
    if (page.group !== 'base') await drive(baseUrl, { connections: 16, seconds: 2 });
    const neighbour =
      page.group === 'base' ? undefined : (await drive(baseUrl, { connections: 64, seconds: SECONDS })).rps;
    rows.push({ ...page, load, latency, weight, js, neighbour });
    log(
      `${page.label.padEnd(16)} ${num(load.rps).padStart(6)} req/s  p95@16 ${num(latency.p95, 1)} ms  ${weight.status}`,
    );
  }
  const bare = { static: rows[0]!, dynamic: rows[1]! };

  // PDFs over HTTP, as a coordinator downloads them; the ZIP as the export job builds it.
  const appPdf = await timeSequential(20, async () => {
    const r = await fetch(`http://localhost:${PORT}/api/applications/${data.pdfApplicationId}/pdf?lang=uk`, {
      headers: { cookie: cookies.coordinator },
    });
    if (r.status !== 200) throw new Error(`application PDF answered ${r.status}`);
    await r.arrayBuffer();
  });
  const cardPdf = await timeSequential(20, async () => {
    const r = await fetch(`http://localhost:${PORT}/api/toolbox/${data.materialSlug}/pdf?lang=uk`);
    if (r.status !== 200) throw new Error(`method-card PDF answered ${r.status}`);
    await r.arrayBuffer();
  });
  const { db } = await import('../server/db');
  const { toSessionUser } = await import('../server/auth');
  const coordinator = toSessionUser(
    (await db.session.findUniqueOrThrow({ where: { sessionToken: data.coordinatorToken }, include: { user: true } }))
      .user,
  );
  const applicant = toSessionUser(
    (await db.session.findUniqueOrThrow({ where: { sessionToken: data.applicantToken }, include: { user: true } }))
      .user,
  );
  // The ZIP as a coordinator asks for it: the job is queued, built after the answer, and polled until done.
  const base = `http://localhost:${PORT}`;
  const zipStart = performance.now();
  const asked = await fetch(`${base}/api/coordinator/editions/${data.zipCallId}/pdfs`, {
    method: 'POST',
    headers: { cookie: cookies.coordinator, origin: base },
  });
  if (asked.status !== 202) throw new Error(`the ZIP request answered ${asked.status}`);
  const { id: jobId } = (await asked.json()) as { id: string };
  let zip = { status: 'PENDING', total: 0 };
  while (zip.status === 'PENDING' || zip.status === 'RUNNING') {
    if (performance.now() - zipStart > 300_000) throw new Error('the ZIP was not done within 5 minutes');
    await new Promise((r) => setTimeout(r, 250));
    zip = await fetch(`${base}/api/coordinator/exports/${jobId}`, { headers: { cookie: cookies.coordinator } }).then(
      (r) => r.json(),
    );
  }
  const zipMs = performance.now() - zipStart;
  const zipBytes = (
    await fetch(`${base}/api/coordinator/exports/${jobId}?download=1`, {
      headers: { cookie: cookies.coordinator },
    }).then((r) => r.arrayBuffer())
  ).byteLength;

  // The hot queries, named, with their plans.
  const { getDashboard } = await import('../server/queries/dashboard');
  const { listEditionApplications } = await import('../server/queries/review');
  const { ZApplicationFilterSchema } = await import('../lib/validation/review');
  const { getPairMatrix, getPairForViewer, listPairHistory } = await import('../server/queries/pairs');
  const { findMaterials } = await import('../server/queries/materials');
  const { parseToolboxSearch } = await import('../lib/validation/toolbox');
  const list = (raw: Record<string, string>) => () =>
    listEditionApplications(coordinator, data.reviewCallId, ZApplicationFilterSchema.parse(raw), 'en');
  const explained = await explainHotQueries(URL_, {
    'dashboard (applicant)': () => getDashboard(applicant),
    'applications list': list({}),
    'applications: status UNDER_REVIEW': list({ status: 'UNDER_REVIEW' }),
    'applications: country UA, endorsed': list({ country: 'UA', endorsed: 'yes' }),
    'applications: not reviewed by me': list({ partner: 'yes', mine: 'todo' }),
    'applications: city "Харків"': list({ q: 'Харків' }),
    'applications: by status, page 40': list({ sort: 'status', page: '40' }),
    'booster overview': () => getPairMatrix({}, now),
    'pair page': async () => {
      const pair = await getPairForViewer(coordinator, data.pairId);
      if (pair) await listPairHistory(pair);
    },
    'toolbox search': () => findMaterials(parseToolboxSearch({ q: 'партнерство' }), 'uk'),
    'toolbox filters': () => findMaterials(parseToolboxSearch({ stage: 'MATCH_SPRINT', kind: 'METHOD_CARD' }), 'en'),
  });
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  const search = await searchBench(client).finally(() => client.end());

  // The table.
  const goalOf: Record<Group, { ratio: number; floor: number; base: 'static' | 'dynamic'; p95?: number }> = {
    P1: { ratio: 0.7, floor: 0.5, base: 'static', p95: 25 },
    P2: { ratio: 0.6, floor: 0.4, base: 'dynamic' },
    P3: { ratio: 0.5, floor: 0.3, base: 'dynamic', p95: 60 },
    base: { ratio: 0, floor: 0, base: 'static' },
  };
  const bareJs = bare.static.weight.js;
  const lines = [
    '| page | goal | req/s | p50 | p95 | p99 | × baseline | HTML KB (gzip) | first-load JS KB gzip (+ bare) | message namespaces | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const g = goalOf[r.group];
    const ratio = r.group === 'base' ? NaN : r.load.rps / r.neighbour!;
    const verdict =
      r.group === 'base' ? '' : ratio >= g.ratio ? ' ✓ goal' : ratio >= g.floor ? ' ✓ floor' : ' ✗ below floor';
    const p95 = g.p95 ? (r.latency.p95 <= g.p95 ? ' ✓' : ` ✗ (≤ ${g.p95})`) : '';
    const errors =
      r.load.non2xx + r.load.errors + r.load.timeouts + r.latency.non2xx + r.latency.errors + r.latency.timeouts;
    const times = r.group === 'base' ? '1×' : `${num(ratio, 2)}× ${g.base} (${num(r.neighbour!)})${verdict}`;
    const js = `${kb(r.weight.js)} (+${kb(r.weight.js - bareJs)})${r.js ? `, build: ${kb(r.js.gzip)}` : ''}`;
    lines.push(
      `| ${r.label} \`${r.path.length > 40 ? `${r.path.slice(0, 40)}…` : r.path}\` | ${r.group} | ${num(r.load.rps)} | ` +
        `${num(r.latency.p50, 1)} | ${num(r.latency.p95, 1)}${p95} | ${num(r.latency.p99, 1)} | ` +
        `${times} | ${kb(r.weight.raw)} (${kb(r.weight.gzip)}) | ${js} | ` +
        `${r.weight.namespaces.length}${r.weight.rawKeys.length ? `, raw keys: ${r.weight.rawKeys.slice(0, 3).join(' ')}` : ''} | ` +
        `${errors}${r.weight.status !== 200 ? ` (answered ${r.weight.status})` : ''} |`,
    );
  }
  const other = [
    '',
    '| what | p50 | p95 | goal (floor) |',
    '|---|---|---|---|',
    `| application PDF, warm (HTTP) | ${num(appPdf.p50)} ms | ${num(appPdf.p95)} ms | ≤ 150 ms (≤ 250 ms) |`,
    `| method-card PDF, warm (HTTP) | ${num(cardPdf.p50)} ms | ${num(cardPdf.p95)} ms | |`,
    `| ZIP of ${zip.total} application PDFs (${zip.status}, ${kb(zipBytes)} KB) | ${num(zipMs / 1000, 1)} s | | ≤ 20 s (≤ 40 s) |`,
    `| toolbox search query, database time (${search.lines.length} queries) | ${num(search.p50, 2)} ms | ${num(search.p95, 2)} ms | |`,
    '',
    '| hot query | statements | database time | sequential scans of tables over 10,000 rows (P6) |',
    '|---|---|---|---|',
    ...explained.results.map(
      (q) =>
        `| ${q.name} | ${q.statements}${q.unexplained ? ` (${q.unexplained} not explained)` : ''} | ${num(q.ms, 1)} ms | ` +
        `${q.seqScans.length ? `✗ ${q.seqScans.join(', ')}` : '✓ none'} |`,
    ),
  ];
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const header = [
    '# Benchmark',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${now.toISOString().slice(0, 16)} UTC: ${os.cpus().length} CPUs, load average ` +
      `${load} at the end, ${SECONDS} s per run (64 connections for req/s, 16 for latency), dataset ` +
      `${Object.entries(data.counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}. Baselines built with ${versions}. ` +
      "Each ratio is to the page's baseline driven right after it (its req/s in brackets), since the machine's " +
      "pace drifts within a run; goals and floors are issue 15's. First-load JS is what each " +
      "page's HTML loads, gzipped, against the bare static page's (the baseline is built with webpack, see " +
      "scripts/bench/baseline.ts); 'build' is the same route's chunks as `.next/diagnostics` lists them. " +
      "Message namespaces: how many of the catalogue's top-level namespaces the HTML carries to the browser.",
    '',
  ];
  const text = [...header, ...lines, ...other, ''].join('\n');
  writeFileSync(join(ROOT, 'docs', 'bench.md'), text);
  writeFileSync(join(ROOT, '.bench', 'plans.sql'), explained.plans.join('\n\n'));
  console.log(`\n${text}`);
  log(`written to docs/bench.md (plans in .bench/plans.sql) in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  const broken = rows.filter((r) => r.weight.status !== 200);
  if (broken.length) {
    console.error(
      `[bench] could not measure: ${broken.map((r) => `${r.path} answered ${r.weight.status}`).join(', ')}`,
    );
    process.exitCode = 1;
  }
  await db.$disconnect();
}

main()
  .catch((error) => {
    console.error('[bench] failed', error);
    process.exitCode = 1;
  })
  .finally(stopAll);
