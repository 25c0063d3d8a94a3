// Creates a database of the test suite's own from scratch and applies the committed migrations.
import pg from 'pg';
import { prismaMigrateDeploy } from './lib.mjs';

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to touch database "${name}"`);
  return name;
}

/** Runs `work` on a connection to the server's maintenance database (CREATE/DROP DATABASE need one). */
async function onServer(url, work) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(url) {
  const name = databaseName(url);
  await onServer(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

export async function freshMigratedDatabase(url) {
  await recreateDatabase(url);
  await prismaMigrateDeploy({ ...process.env, DATABASE_URL: url });
}

/** A fresh copy of a database nobody is connected to (e.g. right after migrating it). */
export async function copyDatabase(fromUrl, toUrl) {
  const [from, to] = [databaseName(fromUrl), databaseName(toUrl)];
  await onServer(fromUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${to}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${to}" TEMPLATE "${from}"`);
  });
}
