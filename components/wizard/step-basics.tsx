'use client';

import { APPLICANT_TYPES, COUNTRIES } from '@/lib/enums';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { CityPicker } from '@/components/cities/city-picker';
import { addCustomCityAction } from '@/server/actions/applications';
import { CheckboxField } from './checkbox-field';
import type { StepProps } from './step-props';
import { failureMessage } from '@/lib/action-result';

export function EligibilityStep({ form, err }: StepProps) {
  const t = useTranslations('application');
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.eligibility')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('eligibility.intro')}</p>
      <SelectField
        label={t('fields.applicantType')}
        hint={t('eligibility.typeHint')}
        options={[
          { value: '', label: t('fields.choose') },
          ...APPLICANT_TYPES.map((v) => ({ value: v, label: t(`applicantType.${v}`) })),
        ]}
        error={err('applicantType')}
        {...form.register('applicantType')}
      />
      <CheckboxField
        label={t('eligibility.countries')}
        error={err('countriesConfirmed')}
        {...form.register('countriesConfirmed')}
      />
    </fieldset>
  );
}

type CityNames = Record<string, string>;

export function CitiesStep({
  form,
  err,
  cityNames,
  onCityName,
}: StepProps & { cityNames: CityNames; onCityName: (id: string, name: string) => void }) {
  const t = useTranslations('application');
  const status = form.watch('partnershipStatus');
  const cityField = (field: 'applicantCityId' | 'partnerCityId', label: string) => {
    const id = form.watch(field);
    return (
      <CityPicker
        key={`${field}-${id}`}
        label={label}
        name={field}
        error={err(field)}
        initial={id ? { id, name: cityNames[id] ?? '' } : null}
        onChange={(city) => {
          if (city) onCityName(city.id, city.name);
          form.setValue(field, city?.id ?? '', { shouldDirty: true });
        }}
      />
    );
  };
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.cities')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('cities.intro')}</p>
      {cityField('applicantCityId', t('fields.applicantCity'))}
      {cityField('partnerCityId', t('fields.partnerCity'))}
      <CustomCity
        onAdded={(city) => {
          onCityName(city.id, city.name);
          const target = form.getValues('applicantCityId') ? 'partnerCityId' : 'applicantCityId';
          form.setValue(target, city.id, { shouldDirty: true });
        }}
      />
      <SelectField
        label={t('fields.partnershipStatus')}
        options={[
          { value: '', label: t('fields.choose') },
          { value: 'TWINNED', label: t('partnership.TWINNED') },
          { value: 'PROSPECTIVE', label: t('partnership.PROSPECTIVE') },
        ]}
        error={err('partnershipStatus')}
        {...form.register('partnershipStatus')}
      />
      {status === 'TWINNED' && (
        <TextField
          label={t('fields.twinnedSinceYear')}
          inputMode="numeric"
          error={err('twinnedSinceYear')}
          {...form.register('twinnedSinceYear')}
        />
      )}
    </fieldset>
  );
}

/** A city that is not in the list: name and country; it is added for everyone to find. */
function CustomCity({ onAdded }: { onAdded: (city: { id: string; name: string }) => void }) {
  const t = useTranslations('application');
  const tc = useTranslations('cities');
  const tCommon = useTranslations('common');
  const errorText = useErrorText();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  if (!open) {
    return (
      <p className="mb-4">
        <Button variant="ghost" onClick={() => setOpen(true)}>
          {t('cities.notInList')}
        </Button>
      </p>
    );
  }
  async function add() {
    setPending(true);
    const result = await addCustomCityAction({ name, country }, locale).catch(() => null);
    setPending(false);
    if (result?.ok) {
      onAdded(result.data);
      setOpen(false);
      setName('');
      setErrors({});
    } else {
      setErrors(result?.fieldErrors ?? { name: result ? failureMessage(result) : 'errors.network' });
    }
  }
  return (
    <div className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-4">
      <p className="mb-2 font-bold">{t('cities.addTitle')}</p>
      <TextField
        label={t('cities.addName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name ? errorText(errors.name) : undefined}
      />
      <SelectField
        label={t('cities.addCountry')}
        value={country}
        onChange={(e) => setCountry(e.target.value)}
        options={[
          { value: '', label: t('fields.choose') },
          ...COUNTRIES.map((c) => ({ value: c, label: tc(`country.${c}`) })),
        ]}
        error={errors.country ? errorText(errors.country) : undefined}
      />
      <div className="flex gap-2">
        <Button onClick={add} disabled={pending}>
          {t('cities.add')}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {tCommon('cancel')}
        </Button>
      </div>
    </div>
  );
}
