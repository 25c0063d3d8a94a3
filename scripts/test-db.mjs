// Creates a database of the test suite's own from scratch and applies the committed migrations.
import pg from 'pg';
import { prismaMigrateDeploy } from './lib.mjs';

export async function recreateDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate database "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function freshMigratedDatabase(url) {
  await recreateDatabase(url);
  await prismaMigrateDeploy({ ...process.env, DATABASE_URL: url });
}

/** A fresh copy of a database nobody is connected to (e.g. right after migrating it). */
export async function copyDatabase(fromUrl, toUrl) {
  const from = decodeURIComponent(new URL(fromUrl).pathname.slice(1));
  const to = decodeURIComponent(new URL(toUrl).pathname.slice(1));
  if (![from, to].every((name) => /^[a-z0-9_]+$/.test(name))) throw new Error(`refusing to copy database "${from}" to "${to}"`);
  const admin = new URL(fromUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${to}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${to}" TEMPLATE "${from}"`);
  } finally {
    await client.end();
  }
}
