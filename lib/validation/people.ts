import { z } from 'zod';
import { locales } from '@/i18n/routing';

export const ZPersonIdSchema = z.object({ userId: z.string().min(1, 'validation.required').max(64) });

export const ZInviteCoordinatorSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email({ error: 'validation.email' })),
  name: z.string().trim().max(120, 'validation.tooLong').optional(),
  locale: z.enum(locales, { error: 'validation.required' }),
});
export type TInviteCoordinatorInput = z.infer<typeof ZInviteCoordinatorSchema>;
