-- Toolbox full-text search (docs/decisions/005-toolbox-search.md).
-- Each language version is indexed with its own text-search configuration: German and Russian stem
-- (Russian also folds ё to е), English stems, Ukrainian has no configuration in PostgreSQL and uses
-- 'simple' (lower-cased words, ё folded too); queries reach Ukrainian inflections with prefix terms.

-- Immutable, so it can feed a generated column and its GIN index.
CREATE OR REPLACE FUNCTION toolbox_search_config(l "Locale") RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE l
    WHEN 'de'::"Locale" THEN 'german'::regconfig
    WHEN 'ru'::"Locale" THEN 'russian'::regconfig
    WHEN 'en'::"Locale" THEN 'english'::regconfig
    ELSE 'simple'::regconfig
  END
$$;

-- Title weighs A, summary B, body C: a title match outranks a body match.
CREATE OR REPLACE FUNCTION toolbox_search_vector(l "Locale", title text, summary text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(title, ''), 'ёЁ', 'еЕ')), 'A')
      || setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(summary, ''), 'ёЁ', 'еЕ')), 'B')
      || setweight(to_tsvector(toolbox_search_config(l), translate(coalesce(body, ''), 'ёЁ', 'еЕ')), 'C')
$$;

-- One query for all four languages: each configuration's reading of the words, OR-ed, plus the
-- prefix terms built by lib/search/toolbox-query.ts for words no stemmer knows (Ukrainian).
CREATE OR REPLACE FUNCTION toolbox_search_query(q text, prefix_terms text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT websearch_to_tsquery('german'::regconfig, translate(q, 'ёЁ', 'еЕ'))
      || websearch_to_tsquery('russian'::regconfig, translate(q, 'ёЁ', 'еЕ'))
      || websearch_to_tsquery('english'::regconfig, q)
      || CASE WHEN coalesce(prefix_terms, '') = '' THEN ''::tsquery ELSE to_tsquery('simple'::regconfig, prefix_terms) END
$$;

-- AlterTable
ALTER TABLE "MaterialVersion" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (toolbox_search_vector("locale", "title", "summary", "body")) STORED;

-- CreateIndex
CREATE INDEX "Attachment_materialId_idx" ON "Attachment"("materialId");

-- CreateIndex
CREATE INDEX "Material_status_publishedAt_idx" ON "Material"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "MaterialVersion_searchVector_idx" ON "MaterialVersion" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "MaterialVersion_locale_idx" ON "MaterialVersion"("locale");

-- CreateIndex
CREATE INDEX "WorkshopMaterial_materialId_idx" ON "WorkshopMaterial"("materialId");
