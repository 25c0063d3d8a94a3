'use client';

import { COUNTRIES } from '@/lib/enums';
import { useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { CONFLICT_KINDS, ZConflictSchema, type TConflictInput } from '@/lib/validation/review';
import { declareConflictAction } from '@/server/actions/review';
import { CityPicker } from '@/components/cities/city-picker';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';

/** A reviewer declares a city, an organisation or a whole country they are tied to. */
export function ConflictForm({ organisations }: { organisations: { value: string; label: string }[] }) {
  const t = useTranslations('review');
  const defaults: TConflictInput = { kind: 'city', cityId: '', organisationId: '', country: '', note: '' };
  const { form, submit, errorText, field } = useActionForm(ZConflictSchema, declareConflictAction, {
    defaultValues: defaults,
    done: t('conflicts.declared'),
    onSuccess: (_, f) => f.reset(defaults),
  });
  const {
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const kind = useWatch({ control, name: 'kind' });
  const err = errorText;
  return (
    <form onSubmit={submit} noValidate className="max-w-lg">
      <SelectField
        label={t('conflicts.kind')}
        options={CONFLICT_KINDS.map((k) => ({ value: k, label: t(`conflicts.kinds.${k}`) }))}
        {...field('kind')}
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
          {...field('organisationId')}
        />
      )}
      {kind === 'country' && (
        <SelectField
          label={t('conflicts.country')}
          options={[
            { value: '', label: t('conflicts.chooseCountry') },
            ...COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
          ]}
          {...field('country')}
        />
      )}
      <TextField label={t('conflicts.note')} {...field('note')} />
      <Button type="submit" disabled={isSubmitting}>
        {t('conflicts.declare')}
      </Button>
    </form>
  );
}
