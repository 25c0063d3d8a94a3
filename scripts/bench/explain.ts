/**
 * The hot queries' plans: each named query function of the app runs once in this process on a Prisma client
 * that logs its SQL, then every statement it sent is EXPLAINed (ANALYZE, with its parameters) on the bench's
 * database. A sequential scan of a table with more than 10,000 rows is a failure (goal P6).
 */
import pg from 'pg';

type Captured = { query: string; params: string };
let sink: Captured[] | null = null;

/** Puts a logging client where server/db.ts looks for its one client, before anything imports the app's code. */
export async function installQueryCapture(url: string) {
  const { PrismaClient } = await import('../../server/generated/prisma/client');
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 5 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  client.$on('query', (e) => sink?.push({ query: e.query, params: e.params }));
  (globalThis as { __prisma?: unknown }).__prisma = client;
}

async function captured(fn: () => Promise<unknown>): Promise<Captured[]> {
  sink = [];
  try {
    await fn();
    return sink;
  } finally {
    sink = null;
  }
}

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
};
function scans(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

export type ExplainedQuery = { name: string; statements: number; ms: number; seqScans: string[]; unexplained: number };

/** Runs each named query, EXPLAINs what it sent, and reports its database time and big-table sequential scans. */
export async function explainHotQueries(url: string, queries: Record<string, () => Promise<unknown>>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ relname: string; n: number }>(
      `SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    const big = new Set(rows.filter((r) => Number(r.n) > 10_000).map((r) => r.relname));
    const results: ExplainedQuery[] = [];
    const plans: string[] = [];
    for (const [name, fn] of Object.entries(queries)) {
      await fn(); // warm: the planner's and the pool's first use are not what a page pays
      const sent = await captured(fn);
      const statements = sent.filter((s) => /^\s*(SELECT|WITH)/i.test(s.query));
      // A planner setting the query sets for itself (the toolbox search's SET LOCAL) holds for its EXPLAIN too.
      const settings = sent.filter((s) => /^\s*SET\s/i.test(s.query)).map((s) => s.query);
      let ms = 0;
      let unexplained = 0;
      const seq = new Set<string>();
      for (const s of statements) {
        await client.query('BEGIN');
        try {
          for (const setting of settings) await client.query(setting);
          const params = JSON.parse(s.params) as unknown[];
          const res = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.query}`, params);
          const plan = res.rows[0]['QUERY PLAN'][0];
          ms += plan['Planning Time'] + plan['Execution Time'];
          for (const r of scans(plan.Plan)) if (big.has(r)) seq.add(r);
          const text = await client.query(`EXPLAIN ${s.query}`, params);
          plans.push(`-- ${name}\n${s.query}\n${text.rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n')}`);
        } catch (error) {
          unexplained += 1;
          plans.push(`-- ${name}: not explained (${(error as Error).message})\n${s.query}`);
        } finally {
          await client.query('ROLLBACK');
        }
      }
      results.push({ name, statements: statements.length, ms, seqScans: [...seq], unexplained });
    }
    return { results, plans };
  } finally {
    await client.end();
  }
}
