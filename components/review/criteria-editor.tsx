'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { type z } from 'zod';
import { ZCriterionSchema, type TCriterionInput } from '@/lib/validation/review';
import { saveCriterionAction } from '@/server/actions/review';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { locales } from '@/i18n/routing';
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
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const empty = { en: '', de: '', ru: '', uk: '' };
  const defaults = {
    callId,
    criterionId: criterion?.id,
    labels: criterion?.labels ?? empty,
    weight: criterion ? String(criterion.weight) : '1',
  };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TCriterionInput, unknown, z.output<typeof ZCriterionSchema>>({
    resolver: zodResolver(ZCriterionSchema),
    defaultValues: defaults,
  });

  async function save(values: z.output<typeof ZCriterionSchema>) {
    const result = await saveCriterionAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      toast(
        errorText(
          result.fieldErrors?._form,
          result.code === 'VALIDATION' ? 'review.errors.checkFields' : 'errors.generic',
        ),
        'error',
      );
      return;
    }
    toast(t('criteria.saved'));
    if (!criterion) reset(defaults);
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  const name = criterion?.labels.en ?? t('criteria.new');
  return (
    <form
      onSubmit={handleSubmit(save)}
      noValidate
      className="grid gap-x-3 sm:grid-cols-5"
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
      <TextField
        label={t('criteria.weight')}
        inputMode="decimal"
        error={err(errors.weight?.message)}
        {...register('weight')}
      />
      <div className="sm:col-span-5">
        <Button type="submit" variant={criterion ? 'secondary' : 'primary'} disabled={isSubmitting}>
          {criterion ? t('criteria.save') : t('criteria.add')}
        </Button>
      </div>
    </form>
  );
}
