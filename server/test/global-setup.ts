// Integration tests get a database of their own, migrated from scratch on every run.
// @ts-expect-error plain ESM helper shared with the npm scripts
import { freshMigratedDatabase } from '../../scripts/test-db.mjs';

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_test';
  await freshMigratedDatabase(url);
}
