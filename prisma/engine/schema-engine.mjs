#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI
// downloads from a host this project cannot reach. It speaks the binary's
// protocol (command line, JSON-RPC on stdin/stdout, JSON logs on stderr) and
// forwards every call to the same engine compiled to WebAssembly
// (@prisma/schema-engine-wasm), which reaches PostgreSQL through
// @prisma/adapter-pg. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here when no native engine is installed.
// Why and how: docs/decisions/001-prisma-schema-engine-on-wasm.md
import fs from 'node:fs';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { maintenanceUrl, runCliCommand } from './cli-commands.mjs';
import { createAdapterFactory } from './pg-adapter.mjs';

const require = createRequire(import.meta.url);

/** One tracing-style JSON line on stderr, the format the CLI parses. */
export function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: 'schema_engine::logger',
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, command: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels' || arg === '-d') args.datamodels.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg === '--enabled-preview-features' || arg === '--extension-types')
      i++; // nothing to do for PostgreSQL
    else if (arg === '--version' || arg === '-V') args.command = 'version';
    else if (arg === 'cli') args.command = argv[++i];
    else throw new Error(`schema-engine stand-in: unexpected argument ${arg}`);
  }
  return args;
}

let wasmEngine;
function loadWasmEngine() {
  // wasm-bindgen "bundler" build: Node cannot import the .wasm file itself,
  // so instantiate it by hand with the glue module as its import object.
  wasmEngine ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(gluePath);
    const wasmBytes = fs.readFileSync(gluePath.replace(/\.js$/, '.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return wasmEngine;
}

// The engine reports Rust panics through this global before trapping;
// without it a panic is only "RuntimeError: unreachable".
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message) => {
    panicMessage = message;
  },
};

// Wasm errors carry a span trace after the message ("   0: schema_...").
// The CLI shows the message to users (naming the migration whose script
// failed, as the binary does); the trace goes to the debug log.
function userMessage(error) {
  const [message, trace = ''] = String(error?.message ?? error).split(/\n\s+0: /);
  const failedMigration = /apply_script\s+with migration_name="([^"]+)"/.exec(trace)?.[1];
  if (!failedMigration) return message.trim();
  return `Migration \`${failedMigration}\` failed to apply.\n\n${message.replace(/^external connector error\n/, '').trim()}`;
}

function errorResponse(id, error) {
  const isPanic = panicMessage !== undefined;
  const message = isPanic ? panicMessage : userMessage(error);
  log('ERROR', message, { is_panic: isPanic, details: String(error?.message ?? error) });
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: 4466,
      message: isPanic ? message : 'An error happened. Check the data field for details.',
      data: { is_panic: isPanic, message, meta: null, error_code: /^P\d{4}$/.test(error?.code) ? error.code : null },
    },
  };
}

// The wasm engine queries the database as soon as it is created, where the
// binary connects lazily. So that a database that does not exist yet still
// allows what needs none (`migrate diff` between files), start on the
// server's maintenance database then, and refuse everything else with the
// binary's P1003 error.
async function startEngine(datamodels, datasource) {
  const { SchemaEngine } = await loadWasmEngine();
  const create = (url) =>
    SchemaEngine.new(
      {
        datamodels: datamodels.length > 0 ? datamodels.map((path) => [path, fs.readFileSync(path, 'utf8')]) : undefined,
      },
      (line) => process.stderr.write(`${line.trimEnd()}\n`),
      createAdapterFactory({ ...datasource, url }),
    );
  try {
    return { engine: await create(datasource.url) };
  } catch (error) {
    const missingDatabase = await runCliCommand('can-connect-to-database', datasource).then(
      () => undefined,
      (e) => e,
    );
    if (missingDatabase?.code !== 'P1003') throw Object.assign(error, { code: missingDatabase?.code });
    return { engine: await create(maintenanceUrl(datasource.url)), missingDatabase };
  }
}

const needsNoDatabase = (method, params) =>
  method === 'diff' && ![params.from, params.to].some((target) => target.tag === 'schemaDatasource');

// createMigration and evaluateDataLoss need the schema the migration history
// produces. The binary replays the history on a shadow database it creates
// itself; the wasm engine can only reuse a schema cached by devDiagnostic,
// which replays the migrations applied to the database at that moment ("shadow
// DB must be provided through an external factory" otherwise). `migrate dev`
// calls devDiagnostic before applying pending migrations, so diagnose again
// once everything is applied, and the cache holds the whole history.
const diagnosed = new WeakSet(); // engines whose cached history is current
const afterDiagnostic = (method) => async (engine, params) => {
  if (!diagnosed.has(engine))
    await adaptedMethods.devDiagnostic(engine, { migrationsList: params.migrationsList, filters: params.filters });
  return engine[method](params);
};

// Where the binary's methods and the wasm engine's differ.
const adaptedMethods = {
  getDatabaseVersion: (engine, params) => engine.version(params),
  async devDiagnostic(engine, params) {
    const result = await engine.devDiagnostic(params);
    diagnosed.add(engine);
    return result;
  },
  async applyMigrations(engine, params) {
    const result = await engine.applyMigrations(params);
    if (result.appliedMigrationNames.length > 0) diagnosed.delete(engine);
    return result;
  },
  createMigration: afterDiagnostic('createMigration'),
  evaluateDataLoss: afterDiagnostic('evaluateDataLoss'),
  // The binary prints the diff by asking the CLI to (a `print` request),
  // then answers with the exit code only.
  async diff(engine, params, askCli) {
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout != null) await askCli('print', { content: stdout });
    return { exitCode };
  },
};

async function serveRpc({ datamodels, datasource }) {
  const ready = startEngine(datamodels, datasource);
  ready.catch(() => {}); // reported as the answer to each request, like the binary does

  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  const waiting = new Map(); // id of a request to the CLI -> its resolve
  let nextId = 1;
  const askCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      send({ jsonrpc: '2.0', id, method, params });
    });

  const call = async (method, params) => {
    if (method === 'createDatabase')
      return {
        databaseName: await runCliCommand('create-database', { url: params?.datasource?.url ?? datasource.url }),
      };
    const { engine, missingDatabase } = await ready;
    if (missingDatabase && !needsNoDatabase(method, params)) throw missingDatabase;
    if (adaptedMethods[method]) return adaptedMethods[method](engine, params, askCli);
    if (typeof engine[method] === 'function' && method !== 'free') return engine[method](params);
    throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  };

  // One request at a time, in order, like the binary.
  let queue = Promise.resolve();
  let current; // id of the request being handled
  const handle = async ({ id, method, params }) => {
    current = id;
    try {
      send({ jsonrpc: '2.0', id, result: (await call(method, params)) ?? {} });
    } catch (error) {
      send(
        error.rpcCode
          ? { jsonrpc: '2.0', id, error: { code: error.rpcCode, message: error.message } }
          : errorResponse(id, error),
      );
      if (panicMessage !== undefined) process.exit(101); // the wasm instance is unusable after a panic
    }
  };
  // A panic inside a callback from JavaScript into the engine escapes its
  // promise as an uncaught RuntimeError. Answer with it, exit like the binary.
  process.on('uncaughtException', (error) => {
    send(errorResponse(current ?? null, error));
    process.exit(101);
  });

  readline
    .createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on('line', (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        return send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      }
      if (message.method) queue = queue.then(() => handle(message));
      else waiting.get(message.id)?.(message.result);
    })
    // The CLI closes stdin to stop the engine; open pools would keep Node alive.
    .on('close', () => queue.then(() => process.exit(0)));
}

const args = parseArgs(process.argv.slice(2));
if (args.command === 'version') {
  const { version } = await loadWasmEngine();
  console.log(`schema-engine-cli ${version()} (wasm stand-in)`);
} else if (args.command) {
  // The CLI drops the first stderr line of these commands and parses the rest as JSON.
  log('INFO', `Starting schema engine CLI (wasm stand-in): ${args.command}`);
  try {
    await runCliCommand(args.command, args.datasource);
    process.exit(0);
  } catch (error) {
    log('ERROR', error.message, error.code ? { error_code: error.code } : {});
    process.exit(1);
  }
} else {
  await serveRpc(args);
}
