-- Toolbox full-text search (docs/decisions/007-toolbox-search.md).
-- Each language version is read with its own text-search configuration: German and Russian stem
-- (Russian also folds ё to е), English stems, and Ukrainian, which has no configuration in PostgreSQL,
-- is indexed with 'simple' (whole lower-cased words); queries reach Ukrainian inflections with
-- prefix terms built by lib/search/toolbox-query.ts. One row per material in "MaterialSearch"
-- holds the filters and the tsvectors, kept current by triggers, so a search reads one indexed table:
-- "searchVector" (every version's title, summary and body) is only matched through its GIN index,
-- "rankVector" (titles only, small and stored inline) is what ranking reads for each match.

-- Immutable, so the vectors can be computed in triggers and indexes the same way everywhere.
CREATE OR REPLACE FUNCTION toolbox_search_config(l "Locale") RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE l
    WHEN 'de'::"Locale" THEN 'german'::regconfig
    WHEN 'ru'::"Locale" THEN 'russian'::regconfig
    WHEN 'en'::"Locale" THEN 'english'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

-- Title weighs A, summary B, body C.
CREATE OR REPLACE FUNCTION toolbox_search_vector(l "Locale", title text, summary text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(title, ''), 'ёЁ', 'еЕ')), 'A')
      || setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(summary, ''), 'ёЁ', 'еЕ')), 'B')
      || setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(body, ''), 'ёЁ', 'еЕ')), 'C')
$$;

-- One query for all four languages: each configuration's reading of the words, OR-ed, plus the
-- prefix terms for words no stemmer knows (Ukrainian). prefix_terms contains only letters, digits,
-- ':*' and '&' (lib/search/toolbox-query.ts), so to_tsquery cannot fail on it.
CREATE OR REPLACE FUNCTION toolbox_search_query(q text, prefix_terms text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN coalesce(prefix_terms, '') = '' THEN stemmed
              ELSE stemmed || to_tsquery('simple'::regconfig, prefix_terms) END
  FROM (SELECT websearch_to_tsquery('german'::regconfig, translate(q, 'ёЁ', 'еЕ'))
            || websearch_to_tsquery('russian'::regconfig, translate(q, 'ёЁ', 'еЕ'))
            || websearch_to_tsquery('english'::regconfig, q) AS stemmed) parts
$$;

-- tsvector || tsvector as an aggregate, to fold a material's versions into one vector.
CREATE OR REPLACE AGGREGATE toolbox_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- CreateTable
CREATE TABLE "MaterialSearch" (
    "materialId" TEXT NOT NULL,
    "status" "MaterialStatus" NOT NULL,
    "kind" "MaterialKind" NOT NULL,
    "stages" "WorkshopStage"[],
    "topics" TEXT[],
    "locales" "Locale"[],
    "durationMinutes" INTEGER,
    "groupSizeMin" INTEGER,
    "groupSizeMax" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "searchVector" tsvector,
    "rankVector" tsvector,

    CONSTRAINT "MaterialSearch_pkey" PRIMARY KEY ("materialId")
);

-- CreateIndex
CREATE INDEX "MaterialSearch_searchVector_idx" ON "MaterialSearch" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "MaterialSearch_status_publishedAt_idx" ON "MaterialSearch"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Attachment_materialId_idx" ON "Attachment"("materialId");

-- CreateIndex
CREATE INDEX "Material_status_publishedAt_idx" ON "Material"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "MaterialVersion_locale_idx" ON "MaterialVersion"("locale");

-- CreateIndex
CREATE INDEX "WorkshopMaterial_materialId_idx" ON "WorkshopMaterial"("materialId");

-- AddForeignKey
ALTER TABLE "MaterialSearch" ADD CONSTRAINT "MaterialSearch_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rebuilds the search rows of the given materials from "Material" and "MaterialVersion".
CREATE OR REPLACE FUNCTION toolbox_refresh_material_search(ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MaterialSearch" ("materialId", "status", "kind", "stages", "topics", "locales",
      "durationMinutes", "groupSizeMin", "groupSizeMax", "publishedAt", "searchVector", "rankVector")
  SELECT m."id", m."status", m."kind", m."stages", m."topics", coalesce(v.locales, '{}'),
         m."durationMinutes", m."groupSizeMin", m."groupSizeMax", m."publishedAt",
         coalesce(v.sv, ''::tsvector), coalesce(v.rv, ''::tsvector)
  FROM "Material" m
  LEFT JOIN LATERAL (
    SELECT array_agg(x."locale" ORDER BY x."locale") AS locales,
           toolbox_tsvector_agg(toolbox_search_vector(x."locale", x."title", x."summary", x."body") ORDER BY x."locale") AS sv,
           toolbox_tsvector_agg(toolbox_search_vector(x."locale", x."title", '', '') ORDER BY x."locale") AS rv
    FROM "MaterialVersion" x
    WHERE x."materialId" = m."id"
  ) v ON true
  WHERE m."id" = ANY(ids)
  ON CONFLICT ("materialId") DO UPDATE SET
    "status" = EXCLUDED."status", "kind" = EXCLUDED."kind", "stages" = EXCLUDED."stages",
    "topics" = EXCLUDED."topics", "locales" = EXCLUDED."locales",
    "durationMinutes" = EXCLUDED."durationMinutes", "groupSizeMin" = EXCLUDED."groupSizeMin",
    "groupSizeMax" = EXCLUDED."groupSizeMax", "publishedAt" = EXCLUDED."publishedAt",
    "searchVector" = EXCLUDED."searchVector", "rankVector" = EXCLUDED."rankVector";
END
$$;

-- Statement-level triggers with transition tables: a bulk insert refreshes each material once.
CREATE OR REPLACE FUNCTION toolbox_material_search_from_materials() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM toolbox_refresh_material_search(ARRAY(SELECT DISTINCT "id" FROM changed_rows));
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION toolbox_material_search_from_versions() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM toolbox_refresh_material_search(ARRAY(SELECT DISTINCT "materialId" FROM changed_rows));
  RETURN NULL;
END
$$;

CREATE TRIGGER material_search_after_insert AFTER INSERT ON "Material"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION toolbox_material_search_from_materials();
CREATE TRIGGER material_search_after_update AFTER UPDATE ON "Material"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION toolbox_material_search_from_materials();
CREATE TRIGGER material_version_search_after_insert AFTER INSERT ON "MaterialVersion"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION toolbox_material_search_from_versions();
CREATE TRIGGER material_version_search_after_update AFTER UPDATE ON "MaterialVersion"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION toolbox_material_search_from_versions();
CREATE TRIGGER material_version_search_after_delete AFTER DELETE ON "MaterialVersion"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION toolbox_material_search_from_versions();

-- Materials that existed before this migration.
SELECT toolbox_refresh_material_search(ARRAY(SELECT "id" FROM "Material"));
