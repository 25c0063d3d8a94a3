'use client';

import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { returnForChangesAction } from '@/server/actions/applications';
import { ZReturnForChangesSchema } from '@/lib/validation/application';

/** A coordinator sends the application back to its draft with a message for the applicant. */
export function ReturnForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations('application');
  const { form, submit, errorText } = useActionForm(
    ZReturnForChangesSchema,
    (values) => returnForChangesAction({ ...values, applicationId }),
    { defaultValues: { message: '' }, done: t('return.done') },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="mt-3">
      <TextAreaField
        label={t('return.message')}
        hint={t('return.hint')}
        rows={4}
        error={errorText(errors.message?.message)}
        {...form.register('message')}
      />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {t('return.submit')}
      </Button>
    </form>
  );
}
