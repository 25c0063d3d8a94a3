'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { CheckboxField } from '@/components/wizard/checkbox-field';
import { endorseApplicationAction } from '@/server/actions/applications';
import { ZEndorseSchema } from '@/lib/validation/application';

/** An official of the applicant city confirms the applicant's self-declaration. */
export function EndorseForm({ applicationId, city }: { applicationId: string; city: string }) {
  const t = useTranslations('application');
  const { form, submit, errorText } = useActionForm(
    ZEndorseSchema,
    (values) => endorseApplicationAction({ ...values, applicationId }),
    // The box starts unticked (no default): the schema accepts only a tick.
    { defaultValues: { note: '' }, done: t('endorsement.done') },
  );
  const { errors, isSubmitting } = form.formState;
  const err = errorText;
  return (
    <form onSubmit={submit} noValidate className="mt-3">
      <CheckboxField
        label={t('endorsement.confirm', { city })}
        error={err(errors.confirmed?.message)}
        {...form.register('confirmed')}
      />
      <TextAreaField
        label={t('endorsement.note')}
        rows={3}
        error={err(errors.note?.message)}
        {...form.register('note')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('endorsement.submit')}
      </Button>
    </form>
  );
}
