#!/usr/bin/env node
// `npm start`: without DATABASE_URL an embedded database is started, migrated and (when empty)
// seeded, with demo mode on; with DATABASE_URL the same against that PostgreSQL. Then the app is
// built if needed and served by scripts/server.mjs on http://localhost:3000 (PORT to change). Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ROOT, bin, buildIsStale, prismaMigrateDeploy, run, seed } from './lib.mjs';
import { startEmbeddedDb } from './embedded-db.mjs';

const port = Number(process.env.PORT ?? 3000);
const dataDir = join(ROOT, '.data');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let embedded;

function persistentSecret() {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Connects patiently: the embedded database takes one connection and may still be closing the last. */
async function connect(url, attempts = 20) {
  for (let n = 1; ; n += 1) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if (n >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** (n - 1), 3_000)));
    }
  }
}

async function isEmpty(url) {
  const client = await connect(url);
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Call"');
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

async function main() {
  if (!env.DATABASE_URL) {
    const dbPort = Number(env.EMBEDDED_DB_PORT ?? 54329);
    console.log(`[start] no DATABASE_URL: starting the embedded database in .data/pglite (port ${dbPort})`);
    embedded = await startEmbeddedDb({ dataDir: join(dataDir, 'pglite'), port: dbPort });
    env.DATABASE_URL = embedded.url;
    env.DB_POOL_MAX = '1';
    env.DEMO_MODE ??= '1';
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!env.NEXTAUTH_SECRET) {
    if (env.DEMO_MODE !== '1')
      console.warn('[start] NEXTAUTH_SECRET is not set; using a generated one kept in .data/auth-secret');
    env.NEXTAUTH_SECRET = persistentSecret();
  }

  console.log('[start] applying migrations');
  await prismaMigrateDeploy(env);
  if (await isEmpty(env.DATABASE_URL)) {
    console.log('[start] empty database: seeding demo data');
    await seed(env);
  }
  if (buildIsStale()) {
    console.log('[start] building the app (first start or changed sources)');
    await run(bin('next'), ['build'], env);
  }
  console.log(`[start] serving on http://localhost:${port}${env.DEMO_MODE === '1' ? ' (demo mode)' : ''}`);
  // Our own server rather than `next start`: it decides the client address and HSTS (scripts/server.mjs).
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'server.mjs')], {
    cwd: ROOT,
    env: { ...env, PORT: String(port) },
    stdio: 'inherit',
  });
  const stop = async (code = 0) => {
    server.kill('SIGTERM');
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.on('exit', (code) => stop(code ?? 0));
}

main().catch(async (error) => {
  console.error(`[start] ${error.message}`);
  await embedded?.stop().catch(() => {});
  process.exit(1);
});
