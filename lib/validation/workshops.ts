import { WORKSHOP_FORMATS, WORKING_LANGUAGES } from '@/lib/enums';
import { z } from 'zod';
import { isTimeZone, parseLocalInput } from '@/lib/time/zoned';
import { checkLocalTime, ZOverlapChoice } from './local-time';

const id = z.string().min(1, 'validation.required').max(64);
const localDateTime = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((v) => parseLocalInput(v) !== null, 'scheduling.errors.dateTime');
const optionalText = (max: number) => z.string().trim().max(max, 'validation.tooLong').optional().default('');

export const MAX_FACILITATORS = 4;

/**
 * Scheduling or rescheduling one workshop; times are venue-local, as typed, read in `timeZone`. A time the
 * venue's clock skips is refused; one it shows twice needs `startsOffset`/`endsOffset` to say which.
 */
export const ZScheduleWorkshopSchema = z
  .object({
    workshopId: id,
    version: z.coerce.number().int().min(1),
    startsAt: localDateTime,
    endsAt: localDateTime,
    startsOffset: ZOverlapChoice,
    endsOffset: ZOverlapChoice,
    timeZone: z.string().trim().min(1, 'validation.required').max(64).refine(isTimeZone, 'validation.timeZone'),
    format: z.enum(WORKSHOP_FORMATS, { error: 'validation.required' }),
    /** Empty means online (joint stages only). */
    hostCityId: z.string().max(64).optional().default(''),
    venueName: optionalText(200),
    venueAddress: optionalText(300),
    onlineUrl: z
      .string()
      .trim()
      .max(500, 'validation.tooLong')
      .refine((v) => v === '' || /^https:\/\/\S+$/.test(v), 'scheduling.errors.url')
      .optional()
      .default(''),
    facilitatorIds: z.array(id).max(MAX_FACILITATORS, 'scheduling.errors.tooManyFacilitators').default([]),
    languages: z.array(z.enum(WORKING_LANGUAGES)).min(1, 'scheduling.errors.languageRequired'),
    expectedParticipants: z
      .union([
        z.literal(''),
        z.coerce
          .number({ error: 'validation.invalid' })
          .int('validation.invalid')
          .min(1, 'validation.invalid')
          .max(500, 'validation.invalid'),
      ])
      .optional(),
  })
  .superRefine((value, ctx) => {
    checkLocalTime(ctx, 'startsAt', parseLocalInput(value.startsAt), value.timeZone, value.startsOffset);
    checkLocalTime(ctx, 'endsAt', parseLocalInput(value.endsAt), value.timeZone, value.endsOffset);
    // People join an online or hybrid workshop by its link, and meet at a hybrid one's venue.
    if (value.format !== 'IN_PERSON' && !value.onlineUrl)
      ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'scheduling.errors.onlineUrlRequired' });
    if (value.format === 'HYBRID' && !value.venueName)
      ctx.addIssue({ code: 'custom', path: ['venueName'], message: 'scheduling.errors.venueRequired' });
  });
export type TScheduleWorkshopInput = z.input<typeof ZScheduleWorkshopSchema>;

export const ZCancelWorkshopSchema = z.object({
  workshopId: id,
  version: z.coerce.number().int().min(1),
  reason: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
});

/** Ideas come from a textarea (one per line) in the browser and as a list from anywhere else. */
const ideas = z
  .union([z.string().transform((text) => linesToList(text)), z.array(z.string())])
  .pipe(z.array(z.string().trim().min(1).max(200, 'validation.tooLong')).max(30, 'validation.tooLong'));
const attendance = z
  .union([
    z.literal(''),
    z.coerce
      .number({ error: 'validation.invalid' })
      .int('validation.invalid')
      .min(0, 'validation.invalid')
      .max(1000, 'validation.invalid'),
  ])
  .optional();

/** How many toolbox materials one workshop's outcome may link. */
export const MAX_MATERIALS = 50;

/** Marking a workshop done records what happened. */
export const ZRecordOutcomeSchema = z.object({
  workshopId: id,
  version: z.coerce.number().int().min(1),
  minutes: z.string().max(20_000, 'validation.tooLong').optional().default(''),
  attendanceA: attendance,
  attendanceB: attendance,
  ideasA: ideas.default([]),
  ideasB: ideas.default([]),
  materialIds: z.array(id).max(MAX_MATERIALS).default([]),
});
export type TRecordOutcomeInput = z.input<typeof ZRecordOutcomeSchema>;

export const ZTickLogisticsSchema = z.object({ itemId: id, done: z.boolean() });

export const ZAddLogisticsSchema = z.object({
  workshopId: id,
  cityId: id,
  label: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
});
export type TAddLogisticsInput = z.input<typeof ZAddLogisticsSchema>;

export const ZWithdrawPairSchema = z.object({
  pairId: id,
  reason: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong'),
});

export const ZPairIdSchema = z.object({ pairId: id });

/** Lines of a textarea → a list of ideas (one per line, blanks dropped). */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The booster overview's filter, from its URL: an edition's year and "late only"; anything else is ignored. */
export const ZPairMatrixFilterSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  late: z
    .enum(['1'])
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** Reads Next's searchParams (string | string[]) into the filter; never throws. */
export function parsePairMatrixFilter(params: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return ZPairMatrixFilterSchema.parse({
    year: first(params.year),
    late: first(params.late),
    page: first(params.page),
  });
}
