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
import { returnForChangesAction } from '@/server/actions/applications';
import { ZReturnForChangesSchema } from '@/lib/validation/application';

type FormValues = z.input<typeof ZReturnForChangesSchema>;

/** A coordinator sends the application back to its draft with a message for the applicant. */
export function ReturnForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('application');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<FormValues>({ resolver: zodResolver(ZReturnForChangesSchema), defaultValues: { message: '' } });
  const { errors, isSubmitting } = form.formState;
  async function send(values: FormValues) {
    const result = await returnForChangesAction({ ...values, applicationId }).catch(() => null);
    if (!result) return toast(tErrors('generic'), 'error');
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      if (result.code !== 'VALIDATION') toast(errorText(result.fieldErrors?._form, 'errors.generic'), 'error');
      return;
    }
    toast(t('return.done'));
    router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(send)} noValidate className="mt-3">
      <TextAreaField
        label={t('return.message')}
        hint={t('return.hint')}
        rows={4}
        error={errors.message?.message ? errorText(errors.message.message) : undefined}
        {...form.register('message')}
      />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {t('return.submit')}
      </Button>
    </form>
  );
}
