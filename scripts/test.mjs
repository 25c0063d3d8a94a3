#!/usr/bin/env node
// `npm test`: the fast checks first (lint, formatting, typecheck including message keys and the schema-engine
// stand-in's JSDoc, then that stand-in on PostgreSQL and PGlite), then unit and integration tests (vitest,
// against PostgreSQL), then the e2e suite (Playwright on Debian's Chromium) against a production build with a
// freshly seeded database, then the short fault test (two instances, PostgreSQL killed with -9) on that build.
//
// Every step has a time limit far above its usual time (a quiet 2-core machine runs the whole suite in about
// 16 minutes), so that a step that hangs fails with its name. The ports of the suite's own servers are chosen
// free at the start, so that a server left running by someone else on the machine cannot stop the suite.
import { bin, clearDataCache, freePorts, run, seed } from './lib.mjs';
import { freshMigratedDatabase } from './test-db.mjs';

const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_e2e';
const minutes = (n) => n * 60_000;
const started = Date.now();

async function step(title, work) {
  const at = Date.now();
  console.log(`\n[test] ${title}`);
  await work();
  const took = Math.round((Date.now() - at) / 1000);
  console.log(`[test] ${title}: done in ${took} s (${Math.round((Date.now() - started) / 1000)} s in all)`);
}

async function main() {
  const portBase = process.env.E2E_PORT_BASE ?? String(await freePorts(3100, [0, 1, 2, 3, 4]));
  const smtpPort = process.env.E2E_SMTP_PORT ?? String(await freePorts(2525, [0], 1));
  const testSmtpPort = process.env.TEST_SMTP_PORT ?? String(await freePorts(2599, [0], 1));
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    E2E_PORT_BASE: portBase,
    E2E_SMTP_PORT: smtpPort,
    TEST_SMTP_PORT: testSmtpPort,
  };
  console.log(
    `[test] ports: e2e servers ${portBase} and ${Number(portBase) + 1}, SMTP sinks ${smtpPort} and ${testSmtpPort}`,
  );

  await step('lint (no warnings allowed) and formatting', async () => {
    await run(bin('eslint'), ['.', '--max-warnings', '0'], env, { timeoutMs: minutes(10) });
    await run(bin('prettier'), ['--check', '--log-level', 'warn', '.'], env, { timeoutMs: minutes(5) });
  });

  await step('typecheck: the app, and the schema-engine stand-in (prisma/engine, JSDoc)', async () => {
    await run(bin('tsc'), ['--noEmit'], env, { timeoutMs: minutes(10) });
    await run(bin('tsc'), ['-p', 'prisma/engine'], env, { timeoutMs: minutes(5) });
  });

  await step('schema-engine stand-in: migrate through the unmodified Prisma CLI', async () => {
    await run(process.execPath, ['prisma/engine/smoke.mjs'], env, { timeoutMs: minutes(5) });
    await run(process.execPath, ['prisma/engine/smoke.mjs', '--pglite'], env, { timeoutMs: minutes(5) });
  });

  await step('unit + integration', () => run(bin('vitest'), ['run'], env, { timeoutMs: minutes(30) }));

  const e2eEnv = { ...env, DATABASE_URL: e2eDatabaseUrl, DB_POOL_MAX: '2' };
  await step('e2e: fresh database, demo seed, production build', async () => {
    await freshMigratedDatabase(e2eDatabaseUrl);
    await seed(e2eEnv);
    clearDataCache();
    await run(bin('next'), ['build'], e2eEnv, { timeoutMs: minutes(20) });
  });
  await step('e2e: Playwright', () =>
    run(
      bin('playwright'),
      ['test'],
      { ...e2eEnv, NODE_OPTIONS: '--conditions=react-server' },
      { timeoutMs: minutes(40) },
    ),
  );
  // After Playwright: its own cluster, two instances of the build above, one kill -9 (docs/faults.md).
  await step('faults: two instances, PostgreSQL killed and restarted (20 s)', () =>
    run(bin('tsx'), ['scripts/faults.ts', '--short'], env, { timeoutMs: minutes(10) }),
  );
}

main().catch((error) => {
  console.error(`[test] ${error.message}`);
  process.exit(1);
});
