'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { ZTemplateSchema, type TTemplateInput } from '@/lib/validation/review';
import { saveTemplateAction } from '@/server/actions/review';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { LOCALE_NAMES } from '@/lib/site';

export function TemplateForm({ initial }: { initial: TTemplateInput }) {
  const t = useTranslations('decisions');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TTemplateInput>({ resolver: zodResolver(ZTemplateSchema), defaultValues: initial });
  async function save(values: TTemplateInput) {
    const result = await saveTemplateAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (result.code !== 'VALIDATION') toast(tErrors('generic'), 'error');
      return;
    }
    toast(t('templates.saved'));
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  const which = t('templates.which', {
    outcome: t(`outcomes.${initial.outcome}`),
    language: LOCALE_NAMES[initial.locale],
  });
  return (
    <form onSubmit={handleSubmit(save)} noValidate lang={initial.locale} aria-label={which}>
      <TextField
        label={t('templates.subject', { which })}
        error={err(errors.subject?.message)}
        {...register('subject')}
      />
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
