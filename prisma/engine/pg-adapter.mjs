// Driver adapter handed to the WebAssembly schema engine, built on
// @prisma/adapter-pg with three fixes the engine needs (see
// docs/decisions/001-prisma-schema-engine-on-wasm.md).
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * @import { IsolationLevel, SqlDriverAdapter, SqlQuery, SqlResultSet, Transaction } from '@prisma/driver-adapter-utils'
 * @import { Datasource } from './cli-commands.mjs'
 */

/**
 * adapter-pg's adapter and transaction objects, as `fix` patches them. adapter-pg exports neither class, and its
 * typings hide `client`, `performIO` and `onError` (private or protected).
 * @typedef {object} PgQueryable
 * @property {pg.Pool | pg.PoolClient} client the adapter's pool, or the transaction's connection
 * @property {(query: SqlQuery) => Promise<pg.QueryArrayResult<unknown[]>>} performIO
 * @property {(query: SqlQuery) => Promise<SqlResultSet>} queryRaw
 * @property {(error: unknown) => never} onError throws the error as a DriverAdapterError
 * @property {(script: string) => Promise<void>} [executeScript] the adapter's, not a transaction's
 * @property {(isolationLevel?: IsolationLevel) => Promise<PgTransaction>} [startTransaction] the adapter's
 */
/** @typedef {SqlDriverAdapter & PgQueryable} PgAdapter */
/** @typedef {Transaction & PgQueryable} PgTransaction */

const CHAR_OID = 18; // PostgreSQL's internal one-byte "char" (pg_class.relkind, ...)
const TEXT_OID = 25;
/** @type {WeakMap<unknown[][], number[]>} */
const charColumns = new WeakMap(); // rows array -> indexes of "char" columns

/**
 * Connection string with another database name, keeping host, user and options.
 * @param {string} url
 * @param {string} database
 * @returns {string}
 */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/**
 * @param {string} url
 * @returns {string}
 */
export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** @param {string} name */
export const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// max: 1 gives the engine a single session, as the native engine has: its
// advisory lock and unlock must hit the same connection, and the embedded
// PGlite server accepts one connection at a time.
/** @param {string} connectionString */
const pool = (connectionString) => new pg.Pool({ connectionString, max: 1 });

/**
 * Patches one adapter (or transaction) object in place.
 * @template {PgQueryable} T
 * @param {T} queryable
 * @returns {T}
 */
function fix(queryable) {
  // adapter-pg throws on "char" columns, which the engine's catalog queries
  // return. Present them as text to adapter-pg, then report them to the
  // engine as Character, the type it expects for them.
  const { performIO, queryRaw } = queryable;
  queryable.performIO = async function (query) {
    const result = await performIO.call(this, query);
    /** @type {number[]} */
    const chars = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        chars.push(i);
      }
    });
    if (chars.length > 0) charColumns.set(result.rows, chars);
    return result;
  };
  queryable.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };

  // adapter-pg splits scripts on ";", which breaks string literals and
  // function bodies. Send the script whole, like the native engine does:
  // PostgreSQL runs a multi-statement simple query as one implicit transaction.
  if (queryable.executeScript) {
    queryable.executeScript = async function (script) {
      try {
        await this.client.query(script);
      } catch (error) {
        this.onError(error);
      }
    };
  }

  if (queryable.startTransaction) {
    const { startTransaction } = queryable;
    queryable.startTransaction = async function (...args) {
      return fix(await startTransaction.apply(this, args));
    };
  }
  return queryable;
}

/**
 * A patched adapter. (Cast via unknown: adapter-pg's typings declare PgQueryable's members private or protected.)
 * @param {string} url
 * @returns {Promise<PgAdapter>}
 */
const connect = async (url) =>
  fix(
    /** @type {PgAdapter} */ (
      /** @type {unknown} */ (await new PrismaPg(pool(url), { disposeExternalPool: true }).connect())
    ),
  );

/**
 * Adapter factory for the engine. The shadow database is a throwaway
 * `<db>_shadow_<random>` next to the main one (adapter-pg's own version
 * ignores the database name when given a connection string), unless the
 * config names one in `shadowDatabaseUrl`.
 * @param {Datasource & { url: string }} datasource
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(url),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) return connect(shadowDatabaseUrl);
      const name = `${databaseName(url)}_shadow_${Math.random().toString(36).slice(2, 10)}`;
      const admin = await connect(url);
      await admin.executeScript(`CREATE DATABASE ${quoteIdent(name)}`);
      const shadow = await connect(withDatabase(url, name));
      const dispose = shadow.dispose;
      shadow.dispose = async function () {
        await dispose.call(this); // closes the pool, so the drop is not blocked
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    },
  });
}
