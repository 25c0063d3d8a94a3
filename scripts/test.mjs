#!/usr/bin/env node
// `npm test`: the fast checks first (lint, formatting, typecheck including message keys and the schema-engine
// stand-in's JSDoc, then that stand-in on PostgreSQL and PGlite), then unit and integration tests (vitest,
// against PostgreSQL), then the e2e suite (Playwright on Debian's Chromium) against a production build with a
// freshly seeded database.
import { bin, run, seed } from './lib.mjs';
import { freshMigratedDatabase } from './test-db.mjs';

const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_e2e';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

async function main() {
  console.log('\n[test] lint (no warnings allowed) and formatting');
  await run(bin('eslint'), ['.', '--max-warnings', '0'], env);
  await run(bin('prettier'), ['--check', '--log-level', 'warn', '.'], env);

  console.log('\n[test] typecheck: the app, and the schema-engine stand-in (prisma/engine, JSDoc)');
  await run(bin('tsc'), ['--noEmit'], env);
  await run(bin('tsc'), ['-p', 'prisma/engine'], env);

  console.log('\n[test] schema-engine stand-in: migrate through the unmodified Prisma CLI');
  await run(process.execPath, ['prisma/engine/smoke.mjs'], env);
  await run(process.execPath, ['prisma/engine/smoke.mjs', '--pglite'], env);

  console.log('\n[test] unit + integration');
  await run(bin('vitest'), ['run'], env);

  console.log('\n[test] e2e: fresh database, demo seed, production build');
  await freshMigratedDatabase(e2eDatabaseUrl);
  const e2eEnv = { ...env, DATABASE_URL: e2eDatabaseUrl, DB_POOL_MAX: '2' };
  await seed(e2eEnv);
  await run(bin('next'), ['build'], e2eEnv);
  await run(bin('playwright'), ['test'], { ...e2eEnv, NODE_OPTIONS: '--conditions=react-server' });
}

main().catch((error) => {
  console.error(`[test] ${error.message}`);
  process.exit(1);
});
