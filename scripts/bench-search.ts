/**
 * `npm run bench:search` — the toolbox search query alone, on a library of its own (not a test: it prints
 * numbers). Creates its own database (BENCH_DATABASE_URL, default twincity_bench), applies the migrations,
 * generates 10,000 published materials (BENCH_MATERIALS) and runs the search part of `npm run bench`
 * (scripts/bench/materials.ts), printing every plan. Exits non-zero when a text-search plan reads a
 * materials table sequentially.
 */
import os from 'node:os';
import pg from 'pg';
import { freshMigratedDatabase } from './test-db.mjs';
import { generateMaterials, searchBench } from './bench/materials';

const URL_ = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_bench';
const MATERIALS = Number(process.env.BENCH_MATERIALS ?? 10_000);
const fmt = (n: number) => n.toFixed(2).padStart(7);

async function main() {
  console.log(`[bench] database ${new URL(URL_).pathname.slice(1)}: fresh, migrated`);
  await freshMigratedDatabase(URL_);
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  try {
    const t0 = Date.now();
    await generateMaterials(client, MATERIALS);
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM "Material")::int AS m, (SELECT count(*) FROM "MaterialVersion")::int AS v,
         pg_size_pretty(pg_total_relation_size('"MaterialVersion"')) AS size`,
    );
    console.log(
      `[bench] generated ${rows[0].m} materials, ${rows[0].v} language versions (${rows[0].size}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const result = await searchBench(client, { plans: true });
    console.log(`\n[bench] database time per query (ms):`);
    for (const line of result.lines) console.log(`  ${line}`);
    console.log(
      `\n[bench] overall: p50 ${fmt(result.p50)}  p95 ${fmt(result.p95)}  p99 ${fmt(result.p99)} ms  (target p95 ≤ 15 ms)`,
    );
    console.log(
      `[bench] ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`,
    );
    if (result.failures.length) {
      console.error(
        `\n[bench] FAILED: text search reads a materials table sequentially:\n  ${result.failures.join('\n  ')}`,
      );
      process.exitCode = 1;
    } else {
      console.log('[bench] no text-search plan scans Material, MaterialVersion or MaterialSearch sequentially');
    }
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error('[bench] failed', error);
  process.exit(1);
});
