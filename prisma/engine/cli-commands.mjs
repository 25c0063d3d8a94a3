// The binary's `cli <command>` subcommands, which the Prisma CLI runs before
// migrate/db commands to find out whether the database exists and to create
// it. Plain `pg` is enough here; no schema engine needed.
import pg from 'pg';
import { databaseName, quoteIdent, withDatabase } from './pg-adapter.mjs';

/**
 * The datasource the CLI passes (`--datasource '{"url": ...}'`); `url` is missing when it passes none.
 * @typedef {object} Datasource
 * @property {string} [url]
 * @property {string} [shadowDatabaseUrl] the `shadowDatabaseUrl` of prisma.config.ts
 */

/**
 * An error as the CLI expects it from the engine: `code` is Prisma's (`P1003`, ...), if the failure has one.
 * @typedef {Error & { code: string | undefined }} PrismaError
 */

// Prisma's error codes for connection problems; the CLI reacts to P1003
// ("database does not exist") by creating the database.
/**
 * @param {pg.DatabaseError | NodeJS.ErrnoException} error a server's or a socket's (or an unknown command's)
 * @param {string} url
 * @returns {PrismaError}
 */
function prismaError(error, url) {
  const { hostname, port, username } = new URL(url);
  const at = `${hostname}:${port || 5432}`;
  /** @type {Partial<Record<string, [code: string, message: string]>>} */
  const known = {
    '3D000': ['P1003', `Database \`${databaseName(url)}\` does not exist on the database server at \`${at}\`.`],
    '42P04': ['P1009', `Database \`${databaseName(url)}\` already exists on the database server at \`${at}\`.`],
    '28P01': [
      'P1000',
      `Authentication failed against database server at \`${at}\`, the provided database credentials for \`${username}\` are not valid.`,
    ],
    ECONNREFUSED: [
      'P1001',
      `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
    ],
  };
  known['28000'] = known['28P01'];
  known.ENOTFOUND = known.EHOSTUNREACH = known.ETIMEDOUT = known.ECONNREFUSED;
  const [code, message] = known[error.code ?? ''] ?? [undefined, error.message];
  return Object.assign(new Error(message), { code });
}

/**
 * @param {string} url
 * @param {string} sql
 */
async function run(url, sql) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Another database on the same server: CREATE/DROP DATABASE must run from elsewhere.
 * @param {string} url
 */
export const maintenanceUrl = (url) => withDatabase(url, databaseName(url) === 'postgres' ? 'template1' : 'postgres');

/**
 * Runs a `cli` subcommand; returns the database name, throws errors carrying Prisma codes.
 * @param {string} command
 * @param {Datasource} datasource
 * @returns {Promise<string>}
 */
export async function runCliCommand(command, { url }) {
  if (!url) throw new Error('No datasource url given (--datasource {"url": ...})');
  const name = databaseName(url);
  try {
    if (command === 'can-connect-to-database') await run(url, 'SELECT 1');
    else if (command === 'create-database') await run(maintenanceUrl(url), `CREATE DATABASE ${quoteIdent(name)}`);
    else if (command === 'drop-database') await run(maintenanceUrl(url), `DROP DATABASE ${quoteIdent(name)}`);
    else throw new Error(`Unknown cli command: ${command}`);
  } catch (error) {
    throw prismaError(/** @type {pg.DatabaseError | NodeJS.ErrnoException} */ (error), url);
  }
  return name;
}
