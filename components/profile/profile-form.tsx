'use client';

import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { ZUpdateProfileSchema, type TUpdateProfileInput } from '@/lib/validation/profile';
import { updateProfileAction } from '@/server/actions/profile';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';

export function ProfileForm({ initial, timeZones }: { initial: Partial<TUpdateProfileInput>; timeZones: string[] }) {
  const t = useTranslations('profile');
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<TUpdateProfileInput>({ resolver: zodResolver(ZUpdateProfileSchema), defaultValues: initial });

  // The first time zone comes from the browser; the person can change it.
  useEffect(() => {
    if (!getValues('timeZone')) setValue('timeZone', Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [getValues, setValue]);

  async function save(values: TUpdateProfileInput) {
    const result = await updateProfileAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (result.code !== 'VALIDATION') toast(tErrors('generic'), 'error');
      return;
    }
    toast(t('saved'));
    router.refresh();
  }

  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={handleSubmit(save)} noValidate className="max-w-lg">
      <TextField label={t('name')} autoComplete="name" error={err(errors.name?.message)} {...register('name')} />
      <SelectField
        label={t('language')}
        hint={t('languageHint')}
        options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        error={err(errors.locale?.message)}
        {...register('locale')}
      />
      <SelectField
        label={t('timeZone')}
        hint={t('timeZoneHint')}
        options={timeZones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
        error={err(errors.timeZone?.message)}
        {...register('timeZone')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {tCommon('save')}
      </Button>
    </form>
  );
}
