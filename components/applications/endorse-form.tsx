'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
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
  const t = useTranslations('application');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<FormValues>({
    resolver: zodResolver(ZEndorseSchema),
    defaultValues: { confirmed: false as never, note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  async function send(values: FormValues) {
    const result = await endorseApplicationAction({ ...values, applicationId }).catch(() => null);
    if (!result) return toast(tErrors('generic'), 'error');
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      if (result.code !== 'VALIDATION') toast(errorText(result.fieldErrors?._form, 'errors.generic'), 'error');
      return;
    }
    toast(t('endorsement.done'));
    router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(send)} noValidate className="mt-3">
      <CheckboxField
        label={t('endorsement.confirm', { city })}
        error={errors.confirmed?.message ? errorText(errors.confirmed.message) : undefined}
        {...form.register('confirmed')}
      />
      <TextAreaField
        label={t('endorsement.note')}
        rows={3}
        error={errors.note?.message ? errorText(errors.note.message) : undefined}
        {...form.register('note')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('endorsement.submit')}
      </Button>
    </form>
  );
}
