import { z } from 'zod';
import { isTimeZone, parseLocal } from '@/lib/time/zoned';
import { checkLocalTime, ZOverlapChoice } from './local-time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const isRealDate = (value: string) => {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
};

const dateField = z.string().trim().min(1, 'validation.required').refine(isRealDate, 'editions.validation.date');

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const ZCallTextSchema = z.object({
  title: text(120),
  summary: text(400),
  body: text(8000),
});

/** An edition's texts in all four languages: the call page must never fall back to another language. */
export const ZCallTextsSchema = z.object({
  en: ZCallTextSchema,
  de: ZCallTextSchema,
  ru: ZCallTextSchema,
  uk: ZCallTextSchema,
});

const editionFields = z.object({
  year: z
    .number({ error: 'validation.required' })
    .int('editions.validation.year')
    .min(2019, 'editions.validation.year')
    .max(2100, 'editions.validation.year'),
  deadlineDate: dateField,
  deadlineTime: z.string().trim().min(1, 'validation.required').regex(TIME, 'editions.validation.time'),
  deadlineTimeZone: z.string().trim().min(1, 'validation.required').max(64).refine(isTimeZone, 'validation.timeZone'),
  /** Only when the deadline's local time happens twice (the autumn night): which of the two is meant. */
  deadlineOffset: ZOverlapChoice,
  selectionDate: dateField,
  windowStart: dateField,
  windowEnd: dateField,
  pairsToSelect: z
    .number({ error: 'validation.required' })
    .int('editions.validation.pairs')
    .min(1, 'editions.validation.pairs')
    .max(50, 'editions.validation.pairs'),
  contactEmail: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' })),
  texts: ZCallTextsSchema,
});

/** The deadline exists in its zone, once; then dates in programme order: deadline, selection, workshop window. */
function checkOrder(value: z.infer<typeof editionFields>, ctx: z.RefinementCtx) {
  const deadline = parseLocal(value.deadlineDate, value.deadlineTime);
  checkLocalTime(ctx, 'deadlineTime', deadline, value.deadlineTimeZone, value.deadlineOffset);
  const ok = (d: string) => isRealDate(d);
  if (ok(value.deadlineDate) && ok(value.selectionDate) && value.selectionDate < value.deadlineDate) {
    ctx.addIssue({ code: 'custom', path: ['selectionDate'], message: 'editions.validation.selectionBeforeDeadline' });
  }
  if (ok(value.selectionDate) && ok(value.windowStart) && value.windowStart < value.selectionDate) {
    ctx.addIssue({ code: 'custom', path: ['windowStart'], message: 'editions.validation.windowBeforeSelection' });
  }
  if (ok(value.windowStart) && ok(value.windowEnd) && value.windowEnd <= value.windowStart) {
    ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'editions.validation.windowEnd' });
  }
}

export const ZCreateEditionSchema = editionFields
  .extend({
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, 'validation.required')
      .max(40, 'validation.tooLong')
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'editions.validation.slug'),
  })
  .superRefine(checkOrder);
export type TCreateEditionInput = z.infer<typeof ZCreateEditionSchema>;

export const ZUpdateEditionSchema = editionFields
  .extend({
    id: z.string().min(1).max(64),
    /** The version the form was loaded with; a newer one in the database means someone else saved. */
    version: z.number().int().min(1),
  })
  .superRefine(checkOrder);
export type TUpdateEditionInput = z.infer<typeof ZUpdateEditionSchema>;

export const ZEditionRefSchema = z.object({ id: z.string().min(1).max(64), version: z.number().int().min(1) });
