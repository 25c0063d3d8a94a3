import { COUNTRIES, DecisionOutcome } from '@/lib/enums';
import { z } from 'zod';
import { ANSWER_FIELDS } from '@/lib/applications/fields';
import { locales } from '@/i18n/routing';
import { cleanParam } from './text';
import { SCORE_MAX, SCORE_MIN } from '@/lib/review/stats';
import { checkDecisionTemplate } from '@/lib/review/decision-template';

const id = z.string().min(1, 'validation.required').max(64, 'validation.invalid');
const note = z.string().trim().min(1, 'validation.required').max(4000, 'validation.tooLong');

export const ZCallIdSchema = z.object({ callId: id });
export const ZApplicationIdSchema = z.object({ applicationId: id });
export const ZEmailIdSchema = z.object({ emailId: id });

/** Selects deliver strings; an empty one is "not chosen yet". */
const score = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v),
  z
    .number({ error: 'validation.required' })
    .int('validation.invalid')
    .min(SCORE_MIN, 'validation.invalid')
    .max(SCORE_MAX, 'validation.invalid'),
);

export const ZReviewScoresSchema = z.object({
  applicationId: id,
  scores: z
    .array(z.object({ criterionId: id, score, comment: z.string().trim().max(4000, 'validation.tooLong').optional() }))
    .min(1, 'validation.required')
    .max(30, 'validation.invalid'),
});
export type TReviewScoresInput = z.input<typeof ZReviewScoresSchema>;

export const DECISION_OUTCOMES = Object.values(DecisionOutcome);
export const ZDecisionSchema = z.object({
  applicationId: id,
  outcome: z.enum(DECISION_OUTCOMES, { error: 'validation.required' }),
  note,
});
export type TDecisionInput = z.infer<typeof ZDecisionSchema>;

export const ZAssignSchema = z.object({ applicationId: id, reviewerId: id });
export const ZBulkAssignSchema = z.object({
  callId: id,
  applicationIds: z.array(id).min(1, 'validation.required').max(1000, 'validation.invalid'),
  reviewerIds: z.array(id).min(1, 'validation.required').max(50, 'validation.invalid'),
});

export const CONFLICT_KINDS = ['city', 'organisation', 'country'] as const;
export const ZConflictSchema = z
  .object({
    kind: z.enum(CONFLICT_KINDS, { error: 'validation.required' }),
    cityId: z.string().max(64).optional(),
    organisationId: z.string().max(64).optional(),
    country: z.union([z.enum(COUNTRIES), z.literal('')]).optional(),
    note: z.string().trim().max(500, 'validation.tooLong').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'city' && !v.cityId)
      ctx.addIssue({ code: 'custom', path: ['cityId'], message: 'validation.cityRequired' });
    if (v.kind === 'organisation' && !v.organisationId)
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'validation.required' });
    if (v.kind === 'country' && !v.country)
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'validation.required' });
  });
export type TConflictInput = z.infer<typeof ZConflictSchema>;
export const ZConflictIdSchema = z.object({ conflictId: id });

const label = z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong');
export const ZCriterionSchema = z.object({
  callId: id,
  criterionId: z.string().max(64).optional(),
  labels: z.object({ en: label, de: label, ru: label, uk: label }),
  weight: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
    z.number({ error: 'validation.required' }).min(0.1, 'validation.invalid').max(10, 'validation.invalid'),
  ),
});
export type TCriterionInput = z.input<typeof ZCriterionSchema>;
export const ZCriterionIdSchema = z.object({ criterionId: id });

export const ZTranslationSchema = z.object({
  applicationId: id,
  field: z.enum(ANSWER_FIELDS, { error: 'validation.required' }),
  locale: z.enum(locales, { error: 'validation.required' }),
  text: z.string().trim().min(1, 'validation.required').max(20000, 'validation.tooLong'),
});
export type TTranslationInput = z.infer<typeof ZTranslationSchema>;

/** A template's text is an ICU message with the known arguments only: refused on save, never at sending. */
const templateText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .superRefine((value, ctx) => {
      const error = checkDecisionTemplate(value);
      if (error) ctx.addIssue({ code: 'custom', message: error });
    });

export const ZTemplateSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES, { error: 'validation.required' }),
  locale: z.enum(locales, { error: 'validation.required' }),
  subject: templateText(200),
  body: templateText(10000),
});
export type TTemplateInput = z.infer<typeof ZTemplateSchema>;

export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'SELECTED',
  'WAITLISTED',
  'NOT_SELECTED',
  'WITHDRAWN',
] as const;
export const SORTS = ['submitted', 'city', 'status'] as const;

/** The list's filters come from the URL: lenient, anything unknown falls back to the default. */
export const ZApplicationFilterSchema = z.object({
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  country: z.enum(COUNTRIES).optional().catch(undefined),
  endorsed: z.enum(['yes', 'no']).optional().catch(undefined),
  partner: z.enum(['yes', 'no']).optional().catch(undefined),
  mine: z.enum(['reviewed', 'todo']).optional().catch(undefined),
  q: z.preprocess(cleanParam, z.string().trim().max(100).optional()).catch(undefined),
  sort: z.enum(SORTS).default('submitted').catch('submitted'),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});
export type TApplicationFilter = z.infer<typeof ZApplicationFilterSchema>;
