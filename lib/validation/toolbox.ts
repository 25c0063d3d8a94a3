import { MATERIAL_KINDS, STAGES } from '@/lib/enums';
import { z } from 'zod';
import { locales } from '@/i18n/routing';
import { cleanParam } from './text';
import {
  ATTACHMENT_MAX_BYTES,
  DURATION_BUCKETS,
  RESERVED_SLUGS,
  TOOLBOX_SEARCH_KEYS,
  TOPICS,
} from '@/lib/toolbox/materials';

const optionalInt = (min: number, max: number) =>
  z
    .number({ error: 'validation.invalid' })
    .int('validation.invalid')
    .min(min, 'validation.invalid')
    .max(max, 'validation.invalid')
    .optional();

/**
 * The public search as it appears in the URL. Lenient: a value that does not fit is dropped,
 * so a hand-edited link shows a search instead of an error.
 */
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(cleanParam, schema.optional()).catch(undefined);
export const ZToolboxSearchSchema = z.object({
  q: lenient(
    z
      .string()
      .trim()
      .max(200)
      .transform((s) => s || undefined),
  ),
  kind: lenient(z.enum(MATERIAL_KINDS)),
  stage: lenient(z.enum(STAGES)),
  topic: lenient(z.enum(TOPICS)),
  lang: lenient(z.enum(locales)),
  duration: lenient(z.enum(DURATION_BUCKETS)),
  group: lenient(z.coerce.number().int().min(1).max(1000)),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type TToolboxSearch = z.infer<typeof ZToolboxSearchSchema>;

/** Reads Next's searchParams (string | string[]) into a search; never throws. */
export function parseToolboxSearch(params: Record<string, string | string[] | undefined>): TToolboxSearch {
  const flat = Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== undefined && v !== ''),
  );
  return ZToolboxSearchSchema.parse(flat);
}

/**
 * The outcome form's material picker asks `/api/toolbox/options` with this: a query (else the stage's newest
 * materials) and the language to title them in. Lenient like the search: a bad value is dropped, never an error.
 */
export const ZMaterialOptionsSchema = z.object({
  q: ZToolboxSearchSchema.shape.q,
  stage: ZToolboxSearchSchema.shape.stage,
  locale: lenient(z.enum(locales)),
});
export type TMaterialOptionsQuery = z.infer<typeof ZMaterialOptionsSchema>;

/** The URL query for a search (page 1 omitted), so a search can be shared as a link. */
/**
 * Where a search of the library lives: `/toolbox` without one (a static page), `/toolbox/search?…` with one.
 * Links and the form go to the search page directly: the browser's router reuses a static page's payload for
 * any query of the same path, so a client navigation to `/toolbox?q=…` would show the unsearched list.
 * A loaded `/toolbox?q=…` (a shared link, the form without JavaScript) is served by the search page too
 * (proxy.ts).
 */
export function libraryHref(search: Partial<TToolboxSearch>): string {
  const query = toolboxSearchQuery(search);
  return query ? `/toolbox/search${query}` : '/toolbox';
}

export function toolboxSearchQuery(search: Partial<TToolboxSearch>): string {
  const params = new URLSearchParams();
  for (const key of TOOLBOX_SEARCH_KEYS) {
    const value = search[key];
    if (value === undefined || value === null || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

const ZVersionSchema = z.object({
  title: z.string().trim().max(160, 'validation.tooLong'),
  summary: z.string().trim().max(600, 'validation.tooLong'),
  body: z.string().trim().max(40_000, 'validation.tooLong'),
});

/** Create or edit a material: facts, tags and up to four language versions (a version exists when it has a title). */
export const ZMaterialSchema = z
  .object({
    id: z.string().max(64).optional(),
    slug: z
      .string()
      .trim()
      .min(3, 'toolboxAdmin.slugInvalid')
      .max(80, 'validation.tooLong')
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'toolboxAdmin.slugInvalid')
      .refine((slug) => !RESERVED_SLUGS.includes(slug), 'toolboxAdmin.slugReserved'),
    kind: z.enum(MATERIAL_KINDS, { error: 'validation.required' }),
    originalLocale: z.enum(locales, { error: 'validation.required' }),
    stages: z.array(z.enum(STAGES)).min(1, 'toolboxAdmin.stageRequired'),
    topics: z.array(z.enum(TOPICS)).max(TOPICS.length),
    durationMinutes: optionalInt(5, 2880),
    groupSizeMin: optionalInt(1, 1000),
    groupSizeMax: optionalInt(1, 1000),
    versions: z.object({ en: ZVersionSchema, de: ZVersionSchema, ru: ZVersionSchema, uk: ZVersionSchema }),
  })
  .superRefine((m, ctx) => {
    if (m.groupSizeMin !== undefined && m.groupSizeMax !== undefined && m.groupSizeMin > m.groupSizeMax) {
      ctx.addIssue({ code: 'custom', path: ['groupSizeMax'], message: 'toolboxAdmin.groupSizeOrder' });
    }
    for (const locale of locales) {
      const v = m.versions[locale];
      const isUsed = !!(v.title || v.summary || v.body) || locale === m.originalLocale;
      if (!isUsed) continue;
      for (const field of ['title', 'summary', 'body'] as const) {
        if (!v[field])
          ctx.addIssue({ code: 'custom', path: ['versions', locale, field], message: 'validation.required' });
      }
    }
  });
export type TMaterialInput = z.infer<typeof ZMaterialSchema>;

export const ZMaterialIdSchema = z.object({ id: z.string().min(1, 'validation.required').max(64) });

/** Checked in the browser before upload and again on the server (with the file's first bytes). */
export const ZAttachmentMetaSchema = z.object({
  materialId: z.preprocess(cleanParam, z.string().min(1).max(64)),
  fileName: z.preprocess(
    cleanParam,
    z.string().trim().min(1, 'validation.required').max(200, 'toolboxAdmin.fileNameTooLong'),
  ),
  size: z.number().int().min(1, 'toolboxAdmin.fileEmpty').max(ATTACHMENT_MAX_BYTES, 'toolboxAdmin.fileTooLarge'),
});
