import { z } from 'zod';
import { locales } from '@/i18n/routing';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZUpdateProfileSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  locale: z.enum(locales, { error: 'validation.required' }),
  timeZone: z.string().trim().min(1, 'validation.required').max(64).refine(isTimeZone, 'validation.timeZone'),
});
export type TUpdateProfileInput = z.infer<typeof ZUpdateProfileSchema>;

export const ZRequestOfficialSchema = z.object({
  cityId: z.string().min(1, 'validation.cityRequired').max(64),
});

/** The browser's zone, remembered once for people whose profile has none yet. */
export const ZRememberTimeZoneSchema = z.object({
  timeZone: z.string().trim().min(1, 'validation.required').max(64).refine(isTimeZone, 'validation.timeZone'),
});
