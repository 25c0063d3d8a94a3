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

/**
 * @import {
 *   ApplyMigrationsInput,
 *   CreateMigrationInput,
 *   DevDiagnosticInput,
 *   DevDiagnosticOutput,
 *   DiffParams,
 *   EvaluateDataLossInput,
 *   GetDatabaseVersionInput,
 *   SchemaEngine,
 * } from '@prisma/schema-engine-wasm/schema_engine_bg'
 * @import { Datasource, PrismaError } from './cli-commands.mjs'
 */

/** @typedef {typeof import('@prisma/schema-engine-wasm/schema_engine_bg')} WasmEngine the glue module */

/**
 * The engine as the JSON-RPC layer sees it: its methods can also be called by name, with a request's params as the
 * CLI sent them (the engine checks them as it deserializes them).
 * @typedef {SchemaEngine & { [method: string]: (params: unknown) => Promise<unknown> }} RpcEngine
 */

/**
 * A method of the binary's that the wasm engine lacks or answers differently, called by name with the request's
 * params. Declared as a method so that each one can type the params as the engine input they are.
 * @typedef {{ call(engine: RpcEngine, params: unknown, askCli: AskCli): Promise<unknown> }['call']} AdaptedMethod
 */

/**
 * Sends the CLI a request, and resolves to the result it answers with.
 * @typedef {(method: string, params: unknown) => Promise<unknown>} AskCli
 */

/**
 * What a call fails with: the engine's errors, possibly with a Prisma `code`, and this file's, possibly with a
 * JSON-RPC `rpcCode`. Read with `?.`, as the engine might throw other values.
 * @typedef {Error & { code?: string; rpcCode?: number }} CallError
 */

/** @typedef {number | string | null} RpcId */
/** @typedef {{ id: RpcId; method: string; params?: unknown }} RpcRequest */
/**
 * A message from the CLI: a request, or the answer to one of ours (as is, to the types, a request without a method).
 * @typedef {(RpcRequest & { result?: undefined }) | { id: RpcId; method?: undefined; result?: unknown }} RpcIncoming
 */
/**
 * A message to the CLI: an answer to its request, or a request of ours.
 * @typedef {{ jsonrpc: '2.0'; id: RpcId } & ({ result: unknown } | { error: RpcError } | RpcRequest)} RpcMessage
 */
/** @typedef {{ code: number; message: string; data?: unknown }} RpcError */

/** @typedef {{ datamodels: string[]; datasource: Datasource; command: string | undefined }} Args */

/**
 * One tracing-style JSON line on stderr, the format the CLI parses.
 * @param {'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE'} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
export function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: 'schema_engine::logger',
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * @param {string[]} argv
 * @returns {Args}
 */
function parseArgs(argv) {
  /** @type {Args} */
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

/** @type {Promise<WasmEngine> | undefined} */
let wasmEngine;
/** @returns {Promise<WasmEngine>} */
function loadWasmEngine() {
  // wasm-bindgen "bundler" build: Node cannot import the .wasm file itself,
  // so instantiate it by hand with the glue module as its import object.
  wasmEngine ??= (async () => {
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    /** @type {WasmEngine} */
    const glue = await import(gluePath);
    const wasmBytes = fs.readFileSync(gluePath.replace(/\.js$/, '.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(wasmBytes), { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    /** @type {{ __wbindgen_start(): void }} */ (instance.exports).__wbindgen_start();
    return glue;
  })();
  return wasmEngine;
}

// The engine reports Rust panics through this global before trapping;
// without it a panic is only "RuntimeError: unreachable".
/** @type {string | undefined} */
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  /** @param {string} message */
  set_message: (message) => {
    panicMessage = message;
  },
};

// Wasm errors carry a span trace after the message ("   0: schema_...").
// The CLI shows the message to users (naming the migration whose script
// failed, as the binary does); the trace goes to the debug log.
/**
 * @param {CallError} error
 * @returns {string}
 */
function userMessage(error) {
  const [message, trace = ''] = String(error?.message ?? error).split(/\n\s+0: /);
  const failedMigration = /apply_script\s+with migration_name="([^"]+)"/.exec(trace)?.[1];
  if (!failedMigration) return message.trim();
  return `Migration \`${failedMigration}\` failed to apply.\n\n${message.replace(/^external connector error\n/, '').trim()}`;
}

/**
 * @param {RpcId} id
 * @param {CallError} error
 * @returns {RpcMessage}
 */
function errorResponse(id, error) {
  const isPanic = panicMessage !== undefined;
  const message = isPanic ? /** @type {string} */ (panicMessage) : userMessage(error);
  log('ERROR', message, { is_panic: isPanic, details: String(error?.message ?? error) });
  return {
    jsonrpc: '2.0',
    id,
    error: {
      code: 4466,
      message: isPanic ? message : 'An error happened. Check the data field for details.',
      data: {
        is_panic: isPanic,
        message,
        meta: null,
        error_code: /^P\d{4}$/.test(error?.code ?? '') ? error.code : null,
      },
    },
  };
}

// The wasm engine queries the database as soon as it is created, where the
// binary connects lazily. So that a database that does not exist yet still
// allows what needs none (`migrate diff` between files), start on the
// server's maintenance database then, and refuse everything else with the
// binary's P1003 error.
/**
 * @param {string[]} datamodels
 * @param {Datasource} datasource
 * @returns {Promise<{ engine: SchemaEngine; missingDatabase?: PrismaError }>}
 */
async function startEngine(datamodels, datasource) {
  const { SchemaEngine } = await loadWasmEngine();
  /** @param {string} url */
  const create = (url) =>
    SchemaEngine.new(
      {
        datamodels: datamodels.length > 0 ? datamodels.map((path) => [path, fs.readFileSync(path, 'utf8')]) : undefined,
      },
      (/** @type {string} */ line) => process.stderr.write(`${line.trimEnd()}\n`),
      createAdapterFactory({ ...datasource, url }),
    );
  try {
    // Without --datasource there is no url, and pg falls back to its defaults (PG* variables).
    return { engine: await create(/** @type {string} */ (datasource.url)) };
  } catch (error) {
    const missingDatabase = await runCliCommand('can-connect-to-database', datasource).then(
      () => undefined,
      (/** @type {PrismaError} */ e) => e,
    );
    if (missingDatabase?.code !== 'P1003')
      throw Object.assign(/** @type {Error} */ (error), { code: missingDatabase?.code });
    // P1003 came from connecting to the url, so there is one.
    return { engine: await create(maintenanceUrl(/** @type {string} */ (datasource.url))), missingDatabase };
  }
}

/**
 * @param {string} method
 * @param {DiffParams} params read for `diff` only
 */
const needsNoDatabase = (method, params) =>
  method === 'diff' && ![params.from, params.to].some((target) => target.tag === 'schemaDatasource');

// createMigration and evaluateDataLoss need the schema the migration history
// produces. The binary replays the history on a shadow database it creates
// itself; the wasm engine can only reuse a schema cached by devDiagnostic,
// which replays the migrations applied to the database at that moment ("shadow
// DB must be provided through an external factory" otherwise). `migrate dev`
// calls devDiagnostic before applying pending migrations, so diagnose again
// once everything is applied, and the cache holds the whole history.
/** @type {WeakSet<SchemaEngine>} */
const diagnosed = new WeakSet(); // engines whose cached history is current
/**
 * @param {string} method
 * @returns {(engine: RpcEngine, params: CreateMigrationInput | EvaluateDataLossInput) => Promise<unknown>}
 */
const afterDiagnostic = (method) => async (engine, params) => {
  if (!diagnosed.has(engine))
    await adaptedMethods.devDiagnostic(engine, { migrationsList: params.migrationsList, filters: params.filters });
  return engine[method](params);
};

// Where the binary's methods and the wasm engine's differ.
/**
 * @type {{
 *   [method: string]: AdaptedMethod | undefined;
 *   devDiagnostic(engine: SchemaEngine, params: DevDiagnosticInput): Promise<DevDiagnosticOutput>;
 * }}
 */
const adaptedMethods = {
  getDatabaseVersion: (engine, /** @type {GetDatabaseVersionInput} */ params) => engine.version(params),
  async devDiagnostic(engine, params) {
    const result = await engine.devDiagnostic(params);
    diagnosed.add(engine);
    return result;
  },
  /** @param {ApplyMigrationsInput} params */
  async applyMigrations(engine, params) {
    const result = await engine.applyMigrations(params);
    if (result.appliedMigrationNames.length > 0) diagnosed.delete(engine);
    return result;
  },
  createMigration: afterDiagnostic('createMigration'),
  evaluateDataLoss: afterDiagnostic('evaluateDataLoss'),
  // The binary prints the diff by asking the CLI to (a `print` request),
  // then answers with the exit code only.
  /** @param {DiffParams} params */
  async diff(engine, params, askCli) {
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout != null) await askCli('print', { content: stdout });
    return { exitCode };
  },
};

/** @param {Args} args */
async function serveRpc({ datamodels, datasource }) {
  const ready = startEngine(datamodels, datasource);
  ready.catch(() => {}); // reported as the answer to each request, like the binary does

  /** @param {RpcMessage} message */
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  /** @type {Map<RpcId, (result: unknown) => void>} */
  const waiting = new Map(); // id of a request to the CLI -> its resolve
  let nextId = 1;
  /** @type {AskCli} */
  const askCli = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      send({ jsonrpc: '2.0', id, method, params });
    });

  /**
   * @param {string} method
   * @param {unknown} params as the CLI sent them
   */
  const call = async (method, params) => {
    if (method === 'createDatabase')
      return {
        databaseName: await runCliCommand('create-database', {
          url: /** @type {{ datasource?: { url?: string } } | undefined} */ (params)?.datasource?.url ?? datasource.url,
        }),
      };
    const { engine, missingDatabase } = /** @type {{ engine: RpcEngine; missingDatabase?: PrismaError }} */ (
      await ready
    );
    if (missingDatabase && !needsNoDatabase(method, /** @type {DiffParams} */ (params))) throw missingDatabase;
    if (adaptedMethods[method]) return adaptedMethods[method](engine, params, askCli);
    if (typeof engine[method] === 'function' && method !== 'free') return engine[method](params);
    throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
  };

  // One request at a time, in order, like the binary.
  let queue = Promise.resolve();
  /** @type {RpcId | undefined} */
  let current; // id of the request being handled
  /** @param {RpcRequest} request */
  const handle = async ({ id, method, params }) => {
    current = id;
    try {
      send({ jsonrpc: '2.0', id, result: (await call(method, params)) ?? {} });
    } catch (caught) {
      const error = /** @type {CallError} */ (caught);
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
      /** @type {RpcIncoming} */
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
  } catch (caught) {
    const error = /** @type {PrismaError} */ (caught);
    log('ERROR', error.message, error.code ? { error_code: error.code } : {});
    process.exit(1);
  }
} else {
  await serveRpc(args);
}
