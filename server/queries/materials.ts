import 'server-only';
import { workshopZone } from '@/lib/time/format';
import { CITY_NAMES } from './cities';
import { type MaterialKind, type Stage } from '@/lib/enums';
import { db, type Prisma } from '../db';
import { pairScope } from './scopes';
import { cityName } from '@/lib/cities/city-name';
import { buildMaterialSearch, SEARCH_SETTINGS } from './material-search';
import { can, type Actor } from '@/lib/permissions';
import { HIGHLIGHT_START, HIGHLIGHT_STOP, prefixTermsFor } from '@/lib/search/toolbox-query';
import { plainTextOf } from '@/lib/search/plain-text';
import { PAGE_SIZE, pickVersion } from '@/lib/toolbox/materials';
import type { TToolboxSearch } from '@/lib/validation/toolbox';
import type { AppLocale } from '@/i18n/routing';

export type MaterialCard = {
  id: string;
  slug: string;
  kind: MaterialKind;
  stages: Stage[];
  topics: string[];
  durationMinutes: number | null;
  groupSizeMin: number | null;
  groupSizeMax: number | null;
  /** The language shown (the reader's, or the original when theirs is missing). */
  locale: AppLocale;
  isFallback: boolean;
  title: string;
  summary: string;
  locales: AppLocale[];
  /** Body text around the matches, with HIGHLIGHT_START/STOP around each match. */
  snippet?: string;
  snippetLocale?: AppLocale;
};

const CARD_SELECT = {
  id: true,
  slug: true,
  kind: true,
  stages: true,
  topics: true,
  durationMinutes: true,
  groupSizeMin: true,
  groupSizeMax: true,
  originalLocale: true,
  versions: { select: { locale: true, title: true, summary: true } },
} as const satisfies Prisma.MaterialSelect;

type CardRow = Prisma.MaterialGetPayload<{ select: typeof CARD_SELECT }>;

function toCard(row: CardRow, locale: AppLocale): MaterialCard | null {
  const picked = pickVersion(row.versions, locale, row.originalLocale);
  if (!picked) return null;
  const { versions, originalLocale: _original, ...facts } = row;
  return {
    ...facts,
    locale: picked.version.locale,
    isFallback: picked.isFallback,
    title: picked.version.title,
    summary: picked.version.summary,
    locales: versions.map((v) => v.locale),
  };
}

const HEADLINE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The public library: published materials, filtered, and when there is a query ranked by relevance
 * across all four languages, with highlighted snippets for the page shown.
 */
export async function findMaterials(search: TToolboxSearch, locale: AppLocale) {
  const hits = await runSearch(search);
  const total = hits[0]?.total ?? (search.page > 1 ? await countPublished(search) : 0);
  const ids = hits.map((h) => h.id);
  const rows = ids.length ? await db.material.findMany({ where: { id: { in: ids } }, select: CARD_SELECT }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const snippets =
    search.q && ids.length
      ? await snippetsFor(ids, search.q)
      : new Map<string, { locale: AppLocale; snippet: string }[]>();
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    const card = row && toCard(row, locale);
    if (!card) return [];
    const options = snippets.get(id) ?? [];
    const best = options.find((s) => s.locale === card.locale) ?? options[0];
    return [best ? { ...card, snippet: best.snippet, snippetLocale: best.locale } : card];
  });
  return { items, total, page: search.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** How many materials the outcome form's picker lists at a time. */
export const MATERIAL_OPTION_COUNT = 10;

/**
 * Published materials a coordinator may link to a workshop's outcome, titled in `locale`: the best matches
 * for `q` across the library, or without one the newest materials for `stage`.
 */
export async function findMaterialOptions(query: { q?: string; stage?: Stage }, locale: AppLocale) {
  const search: TToolboxSearch = query.q ? { q: query.q, page: 1 } : { stage: query.stage, page: 1 };
  const hits = await runSearch(search, MATERIAL_OPTION_COUNT);
  if (hits.length === 0) return [];
  const rows = await db.material.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: CARD_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => {
    const row = byId.get(h.id);
    const card = row && toCard(row, locale);
    return card ? [{ id: card.id, title: card.title }] : [];
  });
}

// A page past the end has no rows to carry the total; count once so the pager can lead back.
async function countPublished(search: TToolboxSearch): Promise<number> {
  const rows = await runSearch({ ...search, page: 1 }, 1);
  return rows[0]?.total ?? 0;
}

async function runSearch(search: TToolboxSearch, pageSize?: number) {
  const { text, values } = buildMaterialSearch(search, { pageSize });
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(SEARCH_SETTINGS),
    db.$queryRawUnsafe<{ id: string; score: number; total: number }[]>(text, ...values),
  ]);
  return rows;
}

// Every version of the page's materials is asked for a headline, and those without a highlighted word are
// dropped below. Filtering them first with the search vector (@@) rebuilt each version's vector: 7.7 of the
// query's 8 ms at 10,000 materials (npm run bench).
async function snippetsFor(ids: string[], q: string) {
  const rows = await db.$queryRawUnsafe<{ materialId: string; locale: AppLocale; snippet: string }[]>(
    `SELECT v."materialId", v."locale"::text AS "locale",
            ts_headline(toolbox_search_config(v."locale"), v."summary" || E'\\n' || v."body", toolbox_search_query($1, $2), $4) AS "snippet"
     FROM "MaterialVersion" v
     WHERE v."materialId" = ANY($3::text[])`,
    q,
    prefixTermsFor(q),
    ids,
    HEADLINE_OPTIONS,
  );
  const out = new Map<string, { locale: AppLocale; snippet: string }[]>();
  for (const r of rows) {
    if (!r.snippet.includes(HIGHLIGHT_START)) continue;
    const list = out.get(r.materialId) ?? [];
    list.push({ locale: r.locale, snippet: plainTextOf(r.snippet) });
    out.set(r.materialId, list);
  }
  return out;
}

/** Which materials a viewer may read: everyone the published ones, authors also drafts. */
function readableWhere(viewer: Actor | null) {
  return can(viewer, 'material:author') ? {} : { status: 'PUBLISHED' as const };
}

const PAGE_SELECT = {
  ...CARD_SELECT,
  status: true,
  versions: { select: { locale: true, title: true, summary: true, body: true }, orderBy: { locale: 'asc' } },
  attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: 'asc' } },
} as const satisfies Prisma.MaterialSelect;

/**
 * A material's page as everyone sees it: every language version, attachments, related materials and
 * in how many workshops it was used. The same for every reader (no dates, nothing personal), so the
 * page is prerendered and cached (server/cache/library.ts). `viewer` lets an author read a draft
 * (the coordinator's preview); the public page passes none, and a draft is not found.
 */
export function getMaterialPage(slug: string, locale: AppLocale, viewer: Actor | null = null) {
  return readMaterialPage({ slug }, locale, viewer);
}

/** The same page by id, for the coordinator's preview of a draft (callers checked 'material:author'). */
export function getMaterialPreview(id: string, locale: AppLocale, viewer: Actor) {
  return readMaterialPage({ id }, locale, viewer);
}

async function readMaterialPage(key: { slug: string } | { id: string }, locale: AppLocale, viewer: Actor | null) {
  const material = await db.material.findFirst({ where: { ...key, ...readableWhere(viewer) }, select: PAGE_SELECT });
  if (!material || material.versions.length === 0) return null;
  const [related, workshops] = await Promise.all([
    findRelated(material, locale),
    db.workshopMaterial.count({ where: { materialId: material.id } }),
  ]);
  return { ...material, related, workshops };
}

export type MaterialPage = NonNullable<Awaited<ReturnType<typeof readMaterialPage>>>;

async function findRelated(
  material: { id: string; stages: Stage[]; topics: string[] },
  locale: AppLocale,
): Promise<MaterialCard[]> {
  const candidates = await db.material.findMany({
    where: {
      status: 'PUBLISHED',
      id: { not: material.id },
      OR: [{ topics: { hasSome: material.topics } }, { stages: { hasSome: material.stages } }],
    },
    select: CARD_SELECT,
    orderBy: { publishedAt: 'desc' },
    take: 40,
  });
  const overlap = (c: CardRow) =>
    2 * c.topics.filter((t) => material.topics.includes(t)).length +
    c.stages.filter((s) => material.stages.includes(s)).length;
  return candidates
    .sort((a, b) => overlap(b) - overlap(a))
    .slice(0, 4)
    .flatMap((c) => toCard(c, locale) ?? []);
}

/** The workshops that used a material, of the pairs the viewer may follow (the coordinator's material page). */
export async function getMaterialUsage(materialId: string, locale: AppLocale, viewer: Actor) {
  const visible = await db.workshopMaterial.findMany({
    where: { materialId, workshop: { pair: pairScope(viewer) } },
    select: {
      workshop: {
        select: {
          stage: true,
          startsAt: true,
          timeZone: true,
          hostCity: { select: { timeZone: true } },
          pair: { select: { id: true, cityA: { select: CITY_NAMES }, cityB: { select: CITY_NAMES } } },
        },
      },
    },
  });
  return visible.map(({ workshop: w }) => ({
    pairId: w.pair.id,
    stage: w.stage as Stage,
    startsAt: w.startsAt,
    venueZone: workshopZone(w),
    cities: `${cityName(w.pair.cityA, locale)} – ${cityName(w.pair.cityB, locale)}`,
  }));
}

/** For the PDF and print views: the material with one version (the reader's or the original). */
export async function getMaterialForPrint(slug: string, locale: AppLocale, viewer: Actor | null) {
  const material = await db.material.findFirst({
    where: { slug, ...readableWhere(viewer) },
    include: { versions: true },
  });
  if (!material) return null;
  const picked = pickVersion(material.versions, locale, material.originalLocale);
  return picked ? { ...material, version: picked.version, isFallback: picked.isFallback } : null;
}

/** An attachment's bytes, when its material may be read by the viewer. */
export async function getAttachmentForDownload(id: string, viewer: Actor | null) {
  return db.attachment.findFirst({
    where: { id, material: readableWhere(viewer) },
    select: { fileName: true, mimeType: true, size: true, data: true },
  });
}

/** The authoring list: every material with its status, for coordinators (callers checked 'material:author'). */
export async function listMaterialsForAuthors(locale: AppLocale) {
  const rows = await db.material.findMany({
    orderBy: [{ updatedAt: 'desc' }],
    select: { ...CARD_SELECT, status: true, updatedAt: true },
  });
  return rows.flatMap((r) => {
    const card = toCard(r, locale);
    return card ? [{ ...card, status: r.status, updatedAt: r.updatedAt }] : [];
  });
}

/** The edit form's values (callers checked 'material:author'). */
export async function getMaterialForEdit(id: string) {
  return db.material.findUnique({
    where: { id },
    include: {
      versions: true,
      attachments: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: 'asc' } },
    },
  });
}
