'use client';

import { WORKING_LANGUAGES, WORKSHOP_FORMATS } from '@/lib/enums';
import { Controller } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { ZScheduleWorkshopSchema, MAX_FACILITATORS, type TScheduleWorkshopInput } from '@/lib/validation/workshops';
import { scheduleWorkshopAction } from '@/server/actions/workshops';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { OverlapChoice, useLocalTimeErrorText } from '@/components/ui/local-time-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { rebase, useFreshRecord } from '@/components/ui/use-fresh-record';
import { FormAlert } from '@/components/ui/form-alert';
import { parseLocalInput } from '@/lib/time/zoned';
import { CheckboxGroup } from './checkbox-group';
import { zoneOptions } from '@/lib/time/format';

export type CityChoice = { id: string; name: string; timeZone: string };

type Props = {
  initial: TScheduleWorkshopInput;
  /** Stage 1 and 2: the one city allowed; joint stages: null (either city or online). */
  fixedCity: CityChoice | null;
  /** The edition's workshop period, named when a time falls outside it. */
  window: { start: string; end: string };
  cities: CityChoice[];
  timeZones: string[];
  facilitators: { id: string; name: string }[];
};

export function ScheduleForm({ initial, fixedCity, window, cities, timeZones, facilitators }: Props) {
  const t = useTranslations('scheduling');
  const tWorkshops = useTranslations('workshops');
  const localTimeError = useLocalTimeErrorText();
  const { form, submit, errorText, field } = useActionForm(ZScheduleWorkshopSchema, scheduleWorkshopAction, {
    defaultValues: initial,
    done: t('saved'),
    // The next save from this form builds on this one.
    onSuccess: rebase,
  });
  const {
    register,
    control,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = form;

  useFreshRecord(form, initial);

  const [startsAt, endsAt, timeZone] = watch(['startsAt', 'endsAt', 'timeZone']);
  const starts = parseLocalInput(startsAt ?? '');
  const ends = parseLocalInput(endsAt ?? '');
  const err = (m?: string) => errorText(m);
  // A time outside the period says which period it is.
  const timeError = (m: string | undefined, local: typeof starts) =>
    m === 'scheduling.errors.outsideWindow'
      ? t('errors.outsideWindowDates', window)
      : localTimeError(m, local, timeZone);
  const hostOptions = fixedCity
    ? [{ value: fixedCity.id, label: fixedCity.name }]
    : [...cities.map((c) => ({ value: c.id, label: c.name })), { value: '', label: tWorkshops('online') }];
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-2">
      <FormAlert message={errors.root?.message} className="sm:col-span-2" />
      <input type="hidden" {...register('version')} />
      <div>
        <TextField
          label={t('startsAt')}
          type="datetime-local"
          error={timeError(errors.startsAt?.message, starts)}
          {...register('startsAt')}
        />
        <OverlapChoice
          local={starts}
          timeZone={timeZone}
          registration={register('startsOffset', { deps: 'startsAt' })}
        />
      </div>
      <div>
        <TextField
          label={t('endsAt')}
          type="datetime-local"
          error={timeError(errors.endsAt?.message, ends)}
          {...register('endsAt')}
        />
        <OverlapChoice local={ends} timeZone={timeZone} registration={register('endsOffset', { deps: 'endsAt' })} />
      </div>
      <SelectField
        label={t('timeZone')}
        hint={t('timeZoneHint')}
        options={zoneOptions(timeZones)}
        {...field('timeZone')}
      />
      <SelectField
        label={t('format')}
        options={WORKSHOP_FORMATS.map((f) => ({ value: f, label: tWorkshops(`format.${f}`) }))}
        {...field('format')}
      />
      <SelectField
        label={t('hostCity')}
        options={hostOptions}
        error={err(errors.hostCityId?.message)}
        {...register('hostCityId', {
          onChange: (e) => {
            const city = cities.find((c) => c.id === e.target.value);
            if (city) setValue('timeZone', city.timeZone);
          },
        })}
      />
      <TextField label={t('expectedParticipants')} type="number" min={1} max={500} {...field('expectedParticipants')} />
      <TextField label={t('venueName')} {...field('venueName')} />
      <TextField label={t('venueAddress')} {...field('venueAddress')} />
      <div className="sm:col-span-2">
        <TextField label={t('onlineUrl')} type="url" placeholder="https://" {...field('onlineUrl')} />
        <Controller
          control={control}
          name="languages"
          render={({ field }) => (
            <CheckboxGroup
              legend={t('languages')}
              options={WORKING_LANGUAGES.map((l) => ({ value: l, label: tWorkshops(`language.${l}`) }))}
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
              legend={t('facilitators', { max: MAX_FACILITATORS })}
              options={facilitators.map((f) => ({ value: f.id, label: f.name }))}
              value={field.value ?? []}
              onChange={field.onChange}
              max={MAX_FACILITATORS}
              error={err(errors.facilitatorIds?.message)}
            />
          )}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
