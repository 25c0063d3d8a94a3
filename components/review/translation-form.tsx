'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ZTranslationSchema, type TTranslationInput } from '@/lib/validation/review';
import { saveTranslationAction } from '@/server/actions/review';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
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
  const locale = useLocale() as AppLocale;
  const empty = { applicationId, field, locale, text: '' };
  const {
    form,
    submit,
    field: fieldProps,
  } = useActionForm(ZTranslationSchema, saveTranslationAction, {
    defaultValues: empty,
    done: t('translation.saved'),
    onSuccess: (_, f) => f.reset(empty),
  });
  const { isSubmitting } = form.formState;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        {t('translation.add', { field: fieldLabel })}
      </summary>
      <form onSubmit={submit} noValidate className="mt-2">
        <SelectField
          label={t('translation.language')}
          options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          {...fieldProps('locale')}
        />
        <TextAreaField label={t('translation.text', { field: fieldLabel })} {...fieldProps('text')} />
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t('translation.save')}
        </Button>
      </form>
    </details>
  );
}
