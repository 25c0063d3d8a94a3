// Integration tests get a database of their own, migrated from scratch on every run, and a copy of
// it for the seed's invariants (the seed needs an empty database; the suite's own fills up).
import { copyDatabase, freshMigratedDatabase } from '../../scripts/test-db.mjs';

export const testDatabaseUrl = () =>
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/twincity_test';

export default async function setup() {
  const url = testDatabaseUrl();
  await freshMigratedDatabase(url);
  await copyDatabase(url, `${url}_seed`);
}
