#!/usr/bin/env node
// Smoke check for the schema-engine stand-in, through the unmodified Prisma CLI:
// deploy prisma/migrations to a throwaway database (the CLI creates it),
// check `migrate status` and (PostgreSQL only) that the database matches the
// migrations, then drop it.
//
//   node prisma/engine/smoke.mjs            # PostgreSQL at SMOKE_SERVER_URL
//   node prisma/engine/smoke.mjs --pglite   # in-memory PGlite (PostgreSQL 18) over pglite-socket
//
// SMOKE_SERVER_URL defaults to postgresql://postgres@127.0.0.1:5432
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCliCommand } from './cli-commands.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const prismaBin = path.join(root, 'node_modules/.bin/prisma');

// The engines this check pairs: the build the CLI was made for (@prisma/engines-version, which the CLI's
// @prisma/engines depends on) and the wasm engine the stand-in runs. They differ, as no wasm build of the
// CLI's engine is published (docs/decisions/001-prisma-schema-engine-on-wasm.md).
const require = createRequire(import.meta.url);
const fromEngines = createRequire(
  createRequire(require.resolve('prisma/package.json')).resolve('@prisma/engines/package.json'),
);
/**
 * @param {string} packageJson path of an installed package's package.json
 * @returns {string} its version
 */
const versionIn = (packageJson) => JSON.parse(fs.readFileSync(packageJson, 'utf8')).version;
const enginesVersion = versionIn(fromEngines.resolve('@prisma/engines-version/package.json'));
// @prisma/schema-engine-wasm exports no ./package.json: read the one next to its entry point.
const wasmVersion = versionIn(path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'package.json'));
console.log(
  `schema engine: CLI built for @prisma/engines-version ${enginesVersion}, ` +
    `running @prisma/schema-engine-wasm ${wasmVersion}`,
);

/**
 * Runs the Prisma CLI against the database at `url`; resolves to its stdout.
 * @param {string} url
 * @param {...string} args
 * @returns {Promise<string>}
 */
async function prisma(url, ...args) {
  const { stdout } = await promisify(execFile)(prismaBin, args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
  console.log(`ok  prisma ${args.join(' ')}`);
  return stdout;
}

async function startPglite() {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create({ extensions: { pg_trgm, unaccent } });
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

const pglite = process.argv.includes('--pglite') ? await startPglite() : undefined;
const url =
  pglite?.url ??
  `${process.env.SMOKE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432'}/scratch_smoke_${Date.now()}`;
let failed = false;
try {
  await prisma(url, 'migrate', 'deploy');
  const status = await prisma(url, 'migrate', 'status');
  if (!status.includes('Database schema is up to date')) throw new Error(`unexpected status:\n${status}`);
  // Exits with 2 when the database differs from what the migrations build.
  // Needs a shadow database, which PGlite (one database, one connection) cannot offer.
  if (!pglite)
    await prisma(
      url,
      'migrate',
      'diff',
      '--from-config-datasource',
      '--to-migrations',
      'prisma/migrations',
      '--exit-code',
    );
  console.log(`smoke check passed on ${pglite ? 'PGlite' : url}`);
} catch (caught) {
  const error = /** @type {Error & { stdout?: string; stderr?: string }} */ (caught); // execFile's carries the output
  failed = true;
  console.error(`smoke check FAILED: ${error.stdout ?? ''}${error.stderr ?? error.message}`);
} finally {
  if (pglite) await pglite.stop();
  else
    await runCliCommand('drop-database', { url }).catch((/** @type {Error} */ error) =>
      console.error(`could not drop ${url}: ${error.message}`),
    );
}
process.exit(failed ? 1 : 0);
