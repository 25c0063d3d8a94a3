'use client';

import { useTranslations } from 'next-intl';
import { ZTemplateSchema, type TTemplateInput } from '@/lib/validation/review';
import { saveTemplateAction } from '@/server/actions/review';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { LOCALE_NAMES } from '@/lib/site';

export function TemplateForm({ initial }: { initial: TTemplateInput }) {
  const t = useTranslations('decisions');
  const { form, submit, errorText, field } = useActionForm(ZTemplateSchema, saveTemplateAction, {
    defaultValues: initial,
    done: t('templates.saved'),
  });
  const { register } = form;
  const { errors, isSubmitting } = form.formState;
  const err = errorText;
  const which = t('templates.which', {
    outcome: t(`outcomes.${initial.outcome}`),
    language: LOCALE_NAMES[initial.locale],
  });
  return (
    <form onSubmit={submit} noValidate lang={initial.locale} aria-label={which}>
      <TextField label={t('templates.subject', { which })} {...field('subject')} />
      <TextAreaField
        label={t('templates.body', { which })}
        error={err(errors.body?.message)}
        rows={8}
        {...register('body')}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {t('templates.save')}
      </Button>
    </form>
  );
}
