/**
 * The toolbox search's part of the bench: generates a large library and times the search query itself
 * through the same SQL the app uses (server/queries/material-search.ts), with its plans. `npm run bench`
 * runs it on the bench's dataset, `npm run bench:search` on a library of its own.
 */
import { MATERIAL_KINDS, STAGES } from '@/lib/enums';
import type pg from 'pg';
import { percentile } from './load';
import { buildMaterialSearch, SEARCH_SETTINGS } from '../../server/queries/material-search';
import { parseToolboxSearch } from '../../lib/validation/toolbox';
import { SEED_MATERIALS } from '../../prisma/seed-data/materials';
import { TOPICS } from '../../lib/toolbox/materials';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const LOCALES = ['en', 'de', 'ru', 'uk'] as const;
type L = (typeof LOCALES)[number];

// A fixed pseudo-random sequence, so every run measures the same library.
let seed = 20_201_231;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const QUERIES: Record<string, string>[] = [
  { q: 'workshop' },
  { q: 'stakeholder map' },
  { q: 'funding application budget' },
  { q: 'interpreters', stage: 'MATCH_SPRINT' },
  { q: 'video call agenda', lang: 'en' },
  { q: 'Partnerschaft' },
  { q: 'Städtepartnerschaften' },
  { q: 'Förderanträge' },
  { q: 'Jugendliche', kind: 'GUIDE' },
  { q: 'Dolmetschen Pausen' },
  { q: 'партнёрство' },
  { q: 'молодежи' },
  { q: 'финансирования', topic: 'funding' },
  { q: 'переводчика', page: '2' },
  { q: 'встречи городов', stage: 'SPRINT_SUCCEED' },
  { q: 'громади' },
  { q: 'зустрічі' },
  { q: 'партнерства міст' },
  { q: 'фасилітація', kind: 'METHOD_CARD' },
  { q: 'молодіжного обміну', duration: 'medium' },
  { q: 'Sanduhr' },
  { q: 'перекладача', group: '20' },
  { stage: 'INITIATIVE_A', lang: 'uk' },
  { kind: 'TEMPLATE', page: '3' },
];

function sentencesOf(locale: L): string[] {
  return SEED_MATERIALS.flatMap((m) => {
    const v = m.versions[locale];
    return v
      ? v.body
          .split(/(?<=[.!?])\s+|\n+/)
          .map((s) => s.trim())
          .filter((s) => s.length > 20)
      : [];
  });
}

/** Adds `count` published materials with 2–4 language versions each, made from the seeded texts. */
export async function generateMaterials(client: pg.Client, count: number) {
  const pools = Object.fromEntries(LOCALES.map((l) => [l, sentencesOf(l)])) as Record<L, string[]>;
  const titles = Object.fromEntries(
    LOCALES.map((l) => [l, SEED_MATERIALS.flatMap((m) => (m.versions[l] ? [m.versions[l]!] : []))]),
  ) as unknown as Record<L, { title: string; summary: string }[]>;
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const m = {
      id: [] as string[],
      slug: [] as string[],
      kind: [] as string[],
      orig: [] as string[],
      stages: [] as string[],
      topics: [] as string[],
      dur: [] as (number | null)[],
      gmin: [] as (number | null)[],
      gmax: [] as (number | null)[],
      pub: [] as Date[],
    };
    const v = {
      id: [] as string[],
      mid: [] as string[],
      locale: [] as string[],
      title: [] as string[],
      summary: [] as string[],
      body: [] as string[],
    };
    for (let i = start; i < Math.min(start + batch, count); i++) {
      const id = `bench${i.toString().padStart(6, '0')}`;
      const count = 2 + Math.floor(rand() * 3);
      const langs = [...LOCALES].sort(() => rand() - 0.5).slice(0, count);
      m.id.push(id);
      m.slug.push(`bench-material-${i}`);
      m.kind.push(pick(MATERIAL_KINDS));
      m.orig.push(langs[0]!);
      m.stages.push(`{${[...new Set([pick(STAGES), pick(STAGES)])].join(',')}}`);
      m.topics.push(`{${[...new Set([pick(TOPICS), pick(TOPICS)])].join(',')}}`);
      m.dur.push(rand() < 0.8 ? 10 + Math.floor(rand() * 300) : null);
      const gmin = 2 + Math.floor(rand() * 10);
      m.gmin.push(gmin);
      m.gmax.push(gmin + Math.floor(rand() * 60));
      m.pub.push(new Date(Date.UTC(2024, 0, 1) + i * 60_000));
      for (const l of langs) {
        const base = pick(titles[l]);
        const body = Array.from({ length: 12 + Math.floor(rand() * 16) }, () => pick(pools[l])).join(' ');
        v.id.push(`${id}-${l}`);
        v.mid.push(id);
        v.locale.push(l);
        v.title.push(`${base.title} ${i}`);
        v.summary.push(base.summary);
        v.body.push(body);
      }
    }
    await client.query(
      `INSERT INTO "Material" ("id","slug","kind","status","originalLocale","stages","topics",
         "durationMinutes","groupSizeMin","groupSizeMax","publishedAt","updatedAt")
       SELECT id, slug, kind::"MaterialKind", 'PUBLISHED', orig::"Locale", stages::"WorkshopStage"[], topics::text[], dur, gmin, gmax, pub, pub
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::timestamp[])
         AS t(id, slug, kind, orig, stages, topics, dur, gmin, gmax, pub)`,
      [m.id, m.slug, m.kind, m.orig, m.stages, m.topics, m.dur, m.gmin, m.gmax, m.pub],
    );
    await client.query(
      `INSERT INTO "MaterialVersion" ("id","materialId","locale","title","summary","body","updatedAt")
       SELECT id, mid, locale::"Locale", title, summary, body, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, mid, locale, title, summary, body)`,
      [v.id, v.mid, v.locale, v.title, v.summary, v.body],
    );
  }
  await client.query('VACUUM ANALYZE "Material"');
  await client.query('VACUUM ANALYZE "MaterialVersion"');
  await client.query('VACUUM ANALYZE "MaterialSearch"');
}

const fmt = (n: number) => n.toFixed(2).padStart(7);

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };
function seqScans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

export type SearchBench = { lines: string[]; p50: number; p95: number; p99: number; failures: string[] };

/**
 * Times each query of a fixed set (broad and narrow, all four languages, with and without filters) as the
 * server's own planning + execution time, and fails a text search whose plan reads a materials table
 * sequentially. `plans` prints every plan.
 */
export async function searchBench(client: pg.Client, { plans = false } = {}): Promise<SearchBench> {
  const all: number[] = [];
  const failures: string[] = [];
  const lines: string[] = [];
  // Exactly as the app runs it: the planner setting, then the statement, in one transaction.
  const inSearchTx = async <T>(fn: () => Promise<T>): Promise<T> => {
    await client.query('BEGIN');
    try {
      await client.query(SEARCH_SETTINGS);
      return await fn();
    } finally {
      await client.query('COMMIT');
    }
  };
  for (const params of QUERIES) {
    const search = parseToolboxSearch(params);
    const { text, values } = buildMaterialSearch(search);
    const label = decodeURIComponent(new URLSearchParams(params).toString());
    // Warm-up, then timed runs (EXPLAIN ANALYZE without per-node timing: database time without the network).
    const hits = (await inSearchTx(() => client.query(text, values))).rows[0]?.total ?? 0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const res = await inSearchTx(() => client.query(`EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ${text}`, values));
      const plan = res.rows[0]['QUERY PLAN'][0];
      times.push(plan['Execution Time'] + plan['Planning Time']);
    }
    all.push(...times);
    const explained = await inSearchTx(() => client.query(`EXPLAIN (FORMAT JSON) ${text}`, values));
    const scans = seqScans(explained.rows[0]['QUERY PLAN'][0].Plan).filter((r) =>
      ['Material', 'MaterialVersion', 'MaterialSearch'].includes(r),
    );
    if (search.q && scans.length) failures.push(`${label}: Seq Scan on ${scans.join(', ')}`);
    lines.push(
      `${label.padEnd(44)} hits ${String(hits).padStart(5)}  min ${fmt(Math.min(...times))}  ` +
        `p50 ${fmt(percentile(times, 50))}  p95 ${fmt(percentile(times, 95))}  p99 ${fmt(percentile(times, 99))} ms`,
    );
    if (plans) {
      const textPlan = await inSearchTx(() => client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values));
      console.log(`\n[plan] ${label}\n${textPlan.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
    }
  }
  return { lines, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), failures };
}
