'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ZCriterionSchema } from '@/lib/validation/review';
import { saveCriterionAction } from '@/server/actions/review';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { locales, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';

type Labels = Record<(typeof locales)[number], string>;

/** One criterion's labels in the four languages and its weight; without an id it adds a new one. */
export function CriterionForm({
  callId,
  criterion,
}: {
  callId: string;
  criterion?: { id: string; labels: Labels; weight: number };
}) {
  const t = useTranslations('review');
  const locale = useLocale() as AppLocale;
  const empty = { en: '', de: '', ru: '', uk: '' };
  const defaults = {
    callId,
    criterionId: criterion?.id,
    labels: criterion?.labels ?? empty,
    weight: criterion ? String(criterion.weight) : '1',
  };
  const { form, submit, errorText, field } = useActionForm(ZCriterionSchema, saveCriterionAction, {
    defaultValues: defaults,
    done: t('criteria.saved'),
    onSuccess: (_, f) => {
      if (!criterion) f.reset(defaults);
    },
  });
  const { register } = form;
  const { errors, isSubmitting } = form.formState;
  const err = errorText;
  const name = (criterion && (criterion.labels[locale] || criterion.labels.en)) || t('criteria.new');
  return (
    <form
      onSubmit={submit}
      noValidate
      className="grid gap-x-3 sm:grid-cols-2"
      aria-label={t('criteria.formLabel', { name })}
    >
      {locales.map((l) => (
        <TextField
          key={l}
          label={t('criteria.label', { language: LOCALE_NAMES[l] })}
          lang={l}
          error={err(errors.labels?.[l]?.message)}
          {...register(`labels.${l}`)}
        />
      ))}
      <div className="sm:col-span-2 sm:max-w-40">
        <TextField label={t('criteria.weight')} inputMode="decimal" {...field('weight')} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" variant={criterion ? 'secondary' : 'primary'} disabled={isSubmitting}>
          {criterion ? t('criteria.save') : t('criteria.add')}
        </Button>
      </div>
    </form>
  );
}
