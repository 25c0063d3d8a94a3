'use client';

import { COUNTRIES } from '@/lib/enums';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { CONFLICT_KINDS, ZConflictSchema, type TConflictInput } from '@/lib/validation/review';
import { declareConflictAction } from '@/server/actions/review';
import { CityPicker } from '@/components/cities/city-picker';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';

/** A reviewer declares a city, an organisation or a whole country they are tied to. */
export function ConflictForm({ organisations }: { organisations: { value: string; label: string }[] }) {
  const t = useTranslations('review');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const defaults: TConflictInput = { kind: 'city', cityId: '', organisationId: '', country: '', note: '' };
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TConflictInput>({ resolver: zodResolver(ZConflictSchema), defaultValues: defaults });
  const kind = useWatch({ control, name: 'kind' });

  async function save(values: TConflictInput) {
    const result = await declareConflictAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (result.code !== 'VALIDATION') toast(tErrors('generic'), 'error');
      return;
    }
    toast(t('conflicts.declared'));
    reset(defaults);
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={handleSubmit(save)} noValidate className="max-w-lg">
      <SelectField
        label={t('conflicts.kind')}
        options={CONFLICT_KINDS.map((k) => ({ value: k, label: t(`conflicts.kinds.${k}`) }))}
        error={err(errors.kind?.message)}
        {...register('kind')}
      />
      {kind === 'city' && (
        <CityPicker
          key="city"
          label={t('conflicts.city')}
          name="cityId-display"
          error={err(errors.cityId?.message)}
          onChange={(c) => setValue('cityId', c?.id ?? '')}
        />
      )}
      {kind === 'organisation' && (
        <SelectField
          label={t('conflicts.organisation')}
          options={[{ value: '', label: t('conflicts.chooseOrganisation') }, ...organisations]}
          error={err(errors.organisationId?.message)}
          {...register('organisationId')}
        />
      )}
      {kind === 'country' && (
        <SelectField
          label={t('conflicts.country')}
          options={[
            { value: '', label: t('conflicts.chooseCountry') },
            ...COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
          ]}
          error={err(errors.country?.message)}
          {...register('country')}
        />
      )}
      <TextField label={t('conflicts.note')} error={err(errors.note?.message)} {...register('note')} />
      <Button type="submit" disabled={isSubmitting}>
        {t('conflicts.declare')}
      </Button>
    </form>
  );
}
