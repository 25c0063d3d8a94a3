'use client';

import { Controller } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { MAX_MATERIALS, ZRecordOutcomeSchema, type TRecordOutcomeInput } from '@/lib/validation/workshops';
import { recordOutcomeAction } from '@/server/actions/workshops';
import { TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { rebase, useFreshRecord } from '@/components/ui/use-fresh-record';
import { FormAlert } from '@/components/ui/form-alert';
import type { Stage } from '@/lib/enums';
import { MaterialPicker } from './material-picker';

/** The ideas are typed one per line. */
type FormValues = TRecordOutcomeInput & { ideasA: string; ideasB: string };

/** Marks a workshop done (or corrects its record): minutes, attendance and ideas per city, materials used. */
export function OutcomeForm({
  initial,
  cityAName,
  cityBName,
  stage,
  chosen,
  isDone,
}: {
  initial: FormValues;
  cityAName: string;
  cityBName: string;
  stage: Stage;
  /** The materials the record links now, titled for the reader. */
  chosen: { id: string; title: string }[];
  isDone: boolean;
}) {
  const t = useTranslations('workshops');
  const { form, submit, errorText, field } = useActionForm(ZRecordOutcomeSchema, recordOutcomeAction, {
    defaultValues: initial,
    done: t('outcome.saved'),
    onSuccess: rebase,
  });
  const {
    control,
    formState: { errors, isSubmitting },
  } = form;
  // Edits survive a reschedule that happened while the outcome was being typed.
  useFreshRecord(form, initial, { adoptIfFieldsUnchanged: true });

  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-2">
      <FormAlert message={errors.root?.message} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <TextAreaField label={t('outcome.minutes')} hint={t('outcome.minutesHint')} {...field('minutes')} />
      </div>
      <TextField label={t('outcome.attendance', { city: cityAName })} type="number" min={0} {...field('attendanceA')} />
      <TextField label={t('outcome.attendance', { city: cityBName })} type="number" min={0} {...field('attendanceB')} />
      <TextAreaField
        label={t('outcome.ideas', { city: cityAName })}
        hint={t('outcome.ideasHint')}
        {...field('ideasA')}
      />
      <TextAreaField
        label={t('outcome.ideas', { city: cityBName })}
        hint={t('outcome.ideasHint')}
        {...field('ideasB')}
      />
      <div className="sm:col-span-2">
        <Controller
          control={control}
          name="materialIds"
          render={({ field }) => (
            <MaterialPicker
              legend={t('outcome.materials')}
              stage={stage}
              chosen={chosen}
              value={(field.value as string[] | undefined) ?? []}
              onChange={field.onChange}
              error={err(errors.materialIds?.message)}
              max={MAX_MATERIALS}
            />
          )}
        />
        <Button type="submit" disabled={isSubmitting}>
          {isDone ? t('outcome.update') : t('outcome.markDone')}
        </Button>
      </div>
    </form>
  );
}
