import 'server-only';

/**
 * One page of a long list, read in two steps: the page's ids (sorted and cut on the indexes), then those
 * rows with their relations. In one statement, Prisma's relation joins build every matching row's
 * relations before PostgreSQL sorts and cuts the page: 91 ms instead of 4 for the booster overview at
 * 1,000 pairs (npm run bench). The rows come back in the ids' order.
 */
export async function pageOf<T extends { id: string }>(
  page: Promise<{ id: string }[]>,
  load: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  const ids = (await page).map((row) => row.id);
  if (ids.length === 0) return [];
  const byId = new Map((await load(ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
