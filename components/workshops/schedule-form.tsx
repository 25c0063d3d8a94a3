'use client';

import { useEffect, useEffectEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  ZScheduleWorkshopSchema,
  MAX_FACILITATORS,
  WORKING_LANGUAGES,
  WORKSHOP_FORMATS,
  type TScheduleWorkshopInput,
} from '@/lib/validation/workshops';
import { scheduleWorkshopAction } from '@/server/actions/workshops';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { CheckboxGroup } from './checkbox-group';

export type CityChoice = { id: string; name: string; timeZone: string };

type Props = {
  initial: TScheduleWorkshopInput;
  /** Stage 1 and 2: the one city allowed; joint stages: null (either city or online). */
  fixedCity: CityChoice | null;
  cities: CityChoice[];
  timeZones: string[];
  facilitators: { id: string; name: string }[];
};

export function ScheduleForm({ initial, fixedCity, cities, timeZones, facilitators }: Props) {
  const t = useTranslations();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    reset,
    getValues,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<TScheduleWorkshopInput>({ resolver: zodResolver(ZScheduleWorkshopSchema), defaultValues: initial });

  // Another save bumped the version: an untouched form takes the fresh record; a form with unsaved
  // edits keeps its version, so saving it is refused rather than silently overwriting.
  const takeNewVersion = useEffectEvent(() => {
    if (!isDirty) reset(initial);
  });
  useEffect(() => takeNewVersion(), [initial.version]);

  async function save(values: TScheduleWorkshopInput) {
    const result = await scheduleWorkshopAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (!result.fieldErrors) toast(t(result.code === 'NOT_FOUND' ? 'errors.notFound' : 'errors.generic'), 'error');
      return;
    }
    // The next save from this form builds on this one.
    // The raw form values (not the parsed ones) become the new baseline, with the new version.
    reset({ ...getValues(), version: result.data.version });
    toast(t('scheduling.saved'));
    router.refresh();
  }

  const err = (m?: string) => (m ? t(m as never) : undefined);
  const hostOptions = fixedCity
    ? [{ value: fixedCity.id, label: fixedCity.name }]
    : [...cities.map((c) => ({ value: c.id, label: c.name })), { value: '', label: t('workshops.online') }];
  return (
    <form onSubmit={handleSubmit(save)} noValidate className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-2">
      {errors.root?.message && (
        <p
          role="alert"
          className="mb-3 rounded border border-red-700 bg-red-50 p-3 font-bold text-red-800 sm:col-span-2"
        >
          {err(errors.root.message)}
        </p>
      )}
      <input type="hidden" {...register('version')} />
      <TextField
        label={t('scheduling.startsAt')}
        type="datetime-local"
        error={err(errors.startsAt?.message)}
        {...register('startsAt')}
      />
      <TextField
        label={t('scheduling.endsAt')}
        type="datetime-local"
        error={err(errors.endsAt?.message)}
        {...register('endsAt')}
      />
      <SelectField
        label={t('scheduling.timeZone')}
        hint={t('scheduling.timeZoneHint')}
        options={timeZones.map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
        error={err(errors.timeZone?.message)}
        {...register('timeZone')}
      />
      <SelectField
        label={t('scheduling.format')}
        options={WORKSHOP_FORMATS.map((f) => ({ value: f, label: t(`workshops.format.${f}`) }))}
        error={err(errors.format?.message)}
        {...register('format')}
      />
      <SelectField
        label={t('scheduling.hostCity')}
        options={hostOptions}
        error={err(errors.hostCityId?.message)}
        {...register('hostCityId', {
          onChange: (e) => {
            const city = cities.find((c) => c.id === e.target.value);
            if (city) setValue('timeZone', city.timeZone);
          },
        })}
      />
      <TextField
        label={t('scheduling.expectedParticipants')}
        type="number"
        min={1}
        max={500}
        error={err(errors.expectedParticipants?.message)}
        {...register('expectedParticipants')}
      />
      <TextField label={t('scheduling.venueName')} error={err(errors.venueName?.message)} {...register('venueName')} />
      <TextField
        label={t('scheduling.venueAddress')}
        error={err(errors.venueAddress?.message)}
        {...register('venueAddress')}
      />
      <div className="sm:col-span-2">
        <TextField
          label={t('scheduling.onlineUrl')}
          type="url"
          placeholder="https://"
          error={err(errors.onlineUrl?.message)}
          {...register('onlineUrl')}
        />
        <Controller
          control={control}
          name="languages"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('scheduling.languages')}
              options={WORKING_LANGUAGES.map((l) => ({ value: l, label: t(`workshops.language.${l}`) }))}
              value={field.value ?? []}
              onChange={field.onChange}
              error={err(errors.languages?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="facilitatorIds"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('scheduling.facilitators', { max: MAX_FACILITATORS })}
              options={facilitators.map((f) => ({ value: f.id, label: f.name }))}
              value={field.value ?? []}
              onChange={field.onChange}
              max={MAX_FACILITATORS}
              error={err(errors.facilitatorIds?.message)}
            />
          )}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('scheduling.save')}
        </Button>
      </div>
    </form>
  );
}
