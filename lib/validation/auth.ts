import { z } from 'zod';
import { locales } from '@/i18n/routing';

export const ZRequestSignInSchema = z.object({
  email: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' })),
  locale: z.enum(locales),
  callbackPath: z
    .string()
    .max(500)
    .regex(/^\/(?!\/)[^\s]*$/, 'validation.invalid')
    .optional(),
});
export type TRequestSignInInput = z.infer<typeof ZRequestSignInSchema>;
