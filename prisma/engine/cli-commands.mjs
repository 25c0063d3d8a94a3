// The binary's `cli <command>` subcommands, which the Prisma CLI runs before
// migrate/db commands to find out whether the database exists and to create
// it. Plain `pg` is enough here; no schema engine needed.
import pg from 'pg';
import { databaseName, quoteIdent, withDatabase } from './pg-adapter.mjs';

// Prisma's error codes for connection problems; the CLI reacts to P1003
// ("database does not exist") by creating the database.
function prismaError(error, url) {
  const { hostname, port, username } = new URL(url);
  const at = `${hostname}:${port || 5432}`;
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
  const [code, message] = known[error.code] ?? [undefined, error.message];
  return Object.assign(new Error(message), { code });
}

async function run(url, sql) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Another database on the same server: CREATE/DROP DATABASE must run from elsewhere. */
export const maintenanceUrl = (url) => withDatabase(url, databaseName(url) === 'postgres' ? 'template1' : 'postgres');

/** Runs a `cli` subcommand; returns the database name, throws errors carrying Prisma codes. */
export async function runCliCommand(command, { url }) {
  if (!url) throw new Error('No datasource url given (--datasource {"url": ...})');
  const name = databaseName(url);
  try {
    if (command === 'can-connect-to-database') await run(url, 'SELECT 1');
    else if (command === 'create-database') await run(maintenanceUrl(url), `CREATE DATABASE ${quoteIdent(name)}`);
    else if (command === 'drop-database') await run(maintenanceUrl(url), `DROP DATABASE ${quoteIdent(name)}`);
    else throw new Error(`Unknown cli command: ${command}`);
  } catch (error) {
    throw prismaError(error, url);
  }
  return name;
}
