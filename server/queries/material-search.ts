import 'server-only';
import { prefixTermsFor } from '@/lib/search/toolbox-query';
import { DURATIONS, PAGE_SIZE } from '@/lib/toolbox/materials';
import type { TToolboxSearch } from '@/lib/validation/toolbox';

export type SearchSql = { text: string; values: unknown[] };

/**
 * The one toolbox search statement, shared by findMaterials and `npm run bench:search`, so the
 * benchmark measures exactly what visitors run. Text matches come from the GIN index on
 * MaterialVersion.searchVector; filters apply to the (few) matching materials.
 * Returns one row per material: id, score, total (the number of matches, for pagination).
 */
export function buildMaterialSearch(search: TToolboxSearch, opts: { pageSize?: number } = {}): SearchSql {
  const values: unknown[] = [];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const where: string[] = [`m."status" = 'PUBLISHED'`];
  if (search.kind) where.push(`m."kind" = ${param(search.kind)}::"MaterialKind"`);
  if (search.stage) where.push(`${param(search.stage)}::"WorkshopStage" = ANY(m."stages")`);
  if (search.topic) where.push(`${param(search.topic)}::text = ANY(m."topics")`);
  if (search.lang) where.push(`EXISTS (SELECT 1 FROM "MaterialVersion" lv WHERE lv."materialId" = m."id" AND lv."locale" = ${param(search.lang)}::"Locale")`);
  if (search.duration) {
    const [min, max] = DURATIONS[search.duration];
    where.push(`m."durationMinutes" BETWEEN ${param(min)}::int AND ${param(max)}::int`);
  }
  if (search.group) {
    const g = param(search.group);
    where.push(`coalesce(m."groupSizeMin", 1) <= ${g}::int AND coalesce(m."groupSizeMax", 100000) >= ${g}::int`);
  }
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const limit = param(pageSize);
  const offset = param((search.page - 1) * pageSize);

  if (!search.q) {
    return {
      text: `SELECT m."id", 0::float8 AS "score", count(*) OVER ()::int AS "total"
FROM "Material" m
WHERE ${where.join(' AND ')}
ORDER BY m."publishedAt" DESC NULLS LAST, m."id"
LIMIT ${limit} OFFSET ${offset}`,
      values,
    };
  }
  const q = param(search.q);
  const prefix = param(prefixTermsFor(search.q));
  // A title hit adds 1, so any title match outranks any body-only match; ts_rank orders within.
  return {
    text: `WITH hits AS (
  SELECT v."materialId",
         max(ts_rank(v."searchVector", toolbox_search_query(${q}, ${prefix}))
             + CASE WHEN ts_rank('{0,0,0,1}', v."searchVector", toolbox_search_query(${q}, ${prefix})) > 0 THEN 1 ELSE 0 END) AS "score"
  FROM "MaterialVersion" v
  WHERE v."searchVector" @@ toolbox_search_query(${q}, ${prefix})
  GROUP BY v."materialId"
)
SELECT m."id", h."score"::float8 AS "score", count(*) OVER ()::int AS "total"
FROM hits h JOIN "Material" m ON m."id" = h."materialId"
WHERE ${where.join(' AND ')}
ORDER BY h."score" DESC, m."publishedAt" DESC NULLS LAST, m."id"
LIMIT ${limit} OFFSET ${offset}`,
    values,
  };
}
