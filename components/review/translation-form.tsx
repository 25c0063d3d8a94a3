'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { ZTranslationSchema, type TTranslationInput } from '@/lib/validation/review';
import { saveTranslationAction } from '@/server/actions/review';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { locales, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';

export function TranslationForm({
  applicationId,
  field,
  fieldLabel,
}: {
  applicationId: string;
  field: TTranslationInput['field'];
  fieldLabel: string;
}) {
  const t = useTranslations('review');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const locale = useLocale() as AppLocale;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TTranslationInput>({
    resolver: zodResolver(ZTranslationSchema),
    defaultValues: { applicationId, field, locale, text: '' },
  });

  async function save(values: TTranslationInput) {
    const result = await saveTranslationAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (result.code !== 'VALIDATION') toast(tErrors('generic'), 'error');
      return;
    }
    toast(t('translation.saved'));
    reset({ applicationId, field, locale, text: '' });
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        {t('translation.add', { field: fieldLabel })}
      </summary>
      <form onSubmit={handleSubmit(save)} noValidate className="mt-2">
        <SelectField
          label={t('translation.language')}
          options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          error={err(errors.locale?.message)}
          {...register('locale')}
        />
        <TextAreaField
          label={t('translation.text', { field: fieldLabel })}
          error={err(errors.text?.message)}
          {...register('text')}
        />
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t('translation.save')}
        </Button>
      </form>
    </details>
  );
}
