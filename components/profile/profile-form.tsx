'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { ZUpdateProfileSchema, type TUpdateProfileInput } from '@/lib/validation/profile';
import { updateProfileAction } from '@/server/actions/profile';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';
import { zoneOptions } from '@/lib/time/format';

export function ProfileForm({ initial, timeZones }: { initial: Partial<TUpdateProfileInput>; timeZones: string[] }) {
  const t = useTranslations('profile');
  const tCommon = useTranslations('common');
  const { form, submit, field } = useActionForm(ZUpdateProfileSchema, updateProfileAction, {
    defaultValues: initial,
    done: t('saved'),
  });
  const {
    setValue,
    getValues,
    formState: { isSubmitting },
  } = form;

  // The first time zone comes from the browser; the person can change it.
  useEffect(() => {
    if (!getValues('timeZone')) setValue('timeZone', Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [getValues, setValue]);

  return (
    <form onSubmit={submit} noValidate className="max-w-lg">
      <TextField label={t('name')} autoComplete="name" {...field('name')} />
      <SelectField
        label={t('language')}
        hint={t('languageHint')}
        options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        {...field('locale')}
      />
      <SelectField
        label={t('timeZone')}
        hint={t('timeZoneHint')}
        options={zoneOptions(timeZones)}
        {...field('timeZone')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {tCommon('save')}
      </Button>
    </form>
  );
}
