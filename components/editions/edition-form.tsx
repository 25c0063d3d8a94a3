'use client';

import type { FieldErrors } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import {
  ZCreateEditionSchema,
  ZUpdateEditionSchema,
  type TCreateEditionInput,
  type TUpdateEditionInput,
} from '@/lib/validation/editions';
import { createEditionAction, updateEditionAction } from '@/server/actions/editions';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { OverlapChoice, useLocalTimeErrorText } from '@/components/ui/local-time-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';
import { parseLocal } from '@/lib/time/zoned';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';
import { zoneOptions } from '@/lib/time/format';

type Values = TCreateEditionInput & Partial<Pick<TUpdateEditionInput, 'id' | 'version'>>;
type Saved = { id: string; slug?: string; version?: number };

type Props =
  | { mode: 'create'; initial: TCreateEditionInput; timeZones: string[] }
  | { mode: 'edit'; initial: TUpdateEditionInput; timeZones: string[] };

/** Create or edit an edition: dates with the deadline's time zone, numbers, contact, texts in four languages. */
export function EditionForm(props: Props) {
  const t = useTranslations('editions');
  const tCommon = useTranslations('common');
  const localTimeError = useLocalTimeErrorText();
  const router = useRouter();
  const isCreate = props.mode === 'create';
  // Both schemas take the same fields; the update one adds id and version (typed as the create one here).
  const schema = (isCreate ? ZCreateEditionSchema : ZUpdateEditionSchema) as typeof ZCreateEditionSchema;
  const save = (values: Values): Promise<ActionResult<Saved>> =>
    isCreate ? createEditionAction(values) : updateEditionAction(values);
  const { form, submit, errorText, field } = useActionForm(schema, save, {
    defaultValues: props.initial as Values,
    done: isCreate ? t('created') : t('saved'),
    // A new edition continues on its own edit page; an edited one stays and refreshes.
    refresh: !isCreate,
    onSuccess: (data, f) => {
      if (isCreate) router.push(`/coordinator/editions/${data.id}/edit`);
      // The next save must carry the new version.
      else f.reset({ ...f.getValues(), version: data.version } as Values);
    },
  });
  const {
    register,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const [deadlineDate, deadlineTime, deadlineTimeZone] = watch(['deadlineDate', 'deadlineTime', 'deadlineTimeZone']);
  const deadline = parseLocal(deadlineDate ?? '', deadlineTime ?? '');

  const err = (m?: string) => errorText(m);
  const textErrors = errors.texts as FieldErrors<TCreateEditionInput['texts']> | undefined;
  const formError = errors.root?.message;

  return (
    <form onSubmit={submit} noValidate className="grid max-w-3xl gap-6">
      {formError && (
        <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-bold text-red-800">
          {errorText(formError)}
        </div>
      )}

      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold">{t('form.edition')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {isCreate && <TextField label={t('form.slug')} hint={t('form.slugHint')} {...field('slug')} />}
          <TextField
            label={t('form.year')}
            type="number"
            inputMode="numeric"
            {...field('year', { valueAsNumber: true })}
          />
          <TextField
            label={t('form.pairs')}
            hint={t('form.pairsHint')}
            type="number"
            inputMode="numeric"
            min={1}
            {...field('pairsToSelect', { valueAsNumber: true })}
          />
          <TextField label={t('form.contactEmail')} type="email" {...field('contactEmail')} />
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 text-lg font-bold">{t('form.dates')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField label={t('form.deadlineDate')} type="date" {...field('deadlineDate')} />
          <TextField
            label={t('form.deadlineTime')}
            type="time"
            error={localTimeError(errors.deadlineTime?.message, deadline, deadlineTimeZone)}
            {...register('deadlineTime')}
          />
          <SelectField
            label={t('form.deadlineTimeZone')}
            options={zoneOptions(props.timeZones)}
            {...field('deadlineTimeZone')}
          />
        </div>
        <OverlapChoice
          local={deadline}
          timeZone={deadlineTimeZone}
          registration={register('deadlineOffset', { deps: 'deadlineTime' })}
        />
        <p className="mb-4 text-sm text-muted">{t('form.deadlineHint')}</p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField label={t('form.selectionDate')} type="date" {...field('selectionDate')} />
          <TextField label={t('form.windowStart')} type="date" {...field('windowStart')} />
          <TextField label={t('form.windowEnd')} type="date" {...field('windowEnd')} />
        </div>
      </fieldset>

      {locales.map((locale) => (
        <fieldset key={locale} className="rounded-lg border border-slate-300 bg-white p-4">
          <legend className="px-1 text-lg font-bold">{t('form.texts', { language: LOCALE_NAMES[locale] })}</legend>
          <TextField
            label={t('form.title', { language: LOCALE_NAMES[locale] })}
            error={err(textErrors?.[locale]?.title?.message)}
            lang={locale}
            {...register(`texts.${locale}.title`)}
          />
          <TextAreaField
            label={t('form.summary', { language: LOCALE_NAMES[locale] })}
            hint={t('form.summaryHint')}
            rows={2}
            error={err(textErrors?.[locale]?.summary?.message)}
            lang={locale}
            {...register(`texts.${locale}.summary`)}
          />
          <TextAreaField
            label={t('form.body', { language: LOCALE_NAMES[locale] })}
            hint={t('form.bodyHint')}
            rows={6}
            error={err(textErrors?.[locale]?.body?.message)}
            lang={locale}
            {...register(`texts.${locale}.body`)}
          />
        </fieldset>
      ))}

      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isCreate ? t('create') : tCommon('save')}
        </Button>
        {!isCreate && isDirty && <span className="text-sm text-muted">{t('unsaved')}</span>}
      </p>
    </form>
  );
}
