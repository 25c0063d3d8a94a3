import 'server-only';
import { prefixTermsFor } from '@/lib/search/toolbox-query';
import { stripControlChars } from '@/lib/validation/text';
import { DURATIONS, PAGE_SIZE } from '@/lib/toolbox/materials';
import type { TToolboxSearch } from '@/lib/validation/toolbox';

export type SearchSql = { text: string; values: unknown[] };

/**
 * Planner setting for the search statement, applied with SET LOCAL in its transaction.
 * PostgreSQL does not count the cost of de-TOASTing large tsvectors, so for broad queries it would
 * rather read "MaterialSearch" sequentially (matching every row's full vector) than use the GIN index
 * — measured by `npm run bench:search` at ~40x slower. The index never needs those vectors.
 */
export const SEARCH_SETTINGS = 'SET LOCAL enable_seqscan = off';

/**
 * The one toolbox search statement, shared by findMaterials and `npm run bench:search`, so the
 * benchmark measures exactly what visitors run. It reads one table, "MaterialSearch" (one row per
 * material, kept by triggers): the text match comes from its GIN index, ranking reads only the small
 * titles-only vector: title matches first, by ts_rank, then the other matches, newest first.
 * Returns one row per material: id, score, total (the number of matches, for pagination).
 */
export function buildMaterialSearch(search: TToolboxSearch, opts: { pageSize?: number } = {}): SearchSql {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [`s."status" = 'PUBLISHED'`];
  let score = '0::float8';
  // PostgreSQL refuses NUL in text; the URL parser drops it already, this keeps every caller safe.
  const q = search.q && stripControlChars(search.q, { keepLineBreaks: false }).trim();
  if (q) {
    const tsq = `toolbox_search_query(${param(q)}, ${param(prefixTermsFor(q))})`;
    where.push(`s."searchVector" @@ ${tsq}`);
    // rankVector holds titles only: a title match scores > 0 and outranks every match elsewhere
    // (score 0, then newest first). Ranking all matches on full texts cost ~5x more at 10,000 materials.
    score = `ts_rank(s."rankVector", ${tsq})::float8`;
  }
  if (search.kind) where.push(`s."kind" = ${param(search.kind)}::"MaterialKind"`);
  if (search.stage) where.push(`${param(search.stage)}::"WorkshopStage" = ANY(s."stages")`);
  if (search.topic) where.push(`${param(search.topic)}::text = ANY(s."topics")`);
  if (search.lang) where.push(`${param(search.lang)}::"Locale" = ANY(s."locales")`);
  if (search.duration) {
    const [min, max] = DURATIONS[search.duration];
    where.push(`s."durationMinutes" BETWEEN ${param(min)}::int AND ${param(max)}::int`);
  }
  if (search.group) {
    const g = param(search.group);
    where.push(`coalesce(s."groupSizeMin", 1) <= ${g}::int AND coalesce(s."groupSizeMax", 100000) >= ${g}::int`);
  }
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const limit = param(pageSize);
  const offset = param((search.page - 1) * pageSize);
  return {
    // The inner query (OFFSET 0 keeps it separate) hands narrow rows to the count and the sort;
    // otherwise every matching row's rankVector would be carried through them.
    text: `SELECT h."id", h."score", count(*) OVER ()::int AS "total"
FROM (
  SELECT s."materialId" AS "id", ${score} AS "score", s."publishedAt"
  FROM "MaterialSearch" s
  WHERE ${where.join('\n    AND ')}
  OFFSET 0
) h
ORDER BY h."score" DESC, h."publishedAt" DESC NULLS LAST, h."id"
LIMIT ${limit} OFFSET ${offset}`,
    values,
  };
}
