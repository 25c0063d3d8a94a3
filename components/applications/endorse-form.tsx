'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { CheckboxField } from '@/components/wizard/checkbox-field';
import { endorseApplicationAction } from '@/server/actions/applications';
import { ZEndorseSchema } from '@/lib/validation/application';

type FormValues = z.input<typeof ZEndorseSchema>;

/** An official of the applicant city confirms the applicant's self-declaration. */
export function EndorseForm({ applicationId, city }: { applicationId: string; city: string }) {
  const t = useTranslations();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<FormValues>({
    resolver: zodResolver(ZEndorseSchema),
    defaultValues: { confirmed: false as never, note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function send(values: FormValues) {
    const result = await endorseApplicationAction({ ...values, applicationId }).catch(() => null);
    if (!result) return toast(t('errors.generic'), 'error');
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      if (result.code !== 'VALIDATION') toast(t(result.fieldErrors?._form ?? 'errors.generic'), 'error');
      return;
    }
    toast(t('application.endorsement.done'));
    router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(send)} noValidate className="mt-3">
      <CheckboxField
        label={t('application.endorsement.confirm', { city })}
        error={errors.confirmed?.message ? t(errors.confirmed.message) : undefined}
        {...form.register('confirmed')}
      />
      <TextAreaField
        label={t('application.endorsement.note')}
        rows={3}
        error={errors.note?.message ? t(errors.note.message) : undefined}
        {...form.register('note')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('application.endorsement.submit')}
      </Button>
    </form>
  );
}
