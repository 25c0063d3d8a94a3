'use client';

import { MATERIAL_KINDS, STAGES } from '@/lib/enums';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/i18n/navigation';
import { ZMaterialSchema, type TMaterialInput } from '@/lib/validation/toolbox';
import { saveMaterialAction } from '@/server/actions/materials';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { locales, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';
import { TOPICS } from '@/lib/toolbox/materials';
import { Markdown } from './markdown';

const toNumber = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));

/** Create or edit a material: facts and tags, then one fieldset per language with a live preview. */
export function MaterialForm({ initial }: { initial: TMaterialInput }) {
  const t = useTranslations('toolboxAdmin');
  const tt = useTranslations('toolbox');
  const ts = useTranslations('stages');
  const router = useRouter();
  const [preview, setPreview] = useState<AppLocale | null>(null);
  const { form, submit, errorText, field } = useActionForm(ZMaterialSchema, saveMaterialAction, {
    defaultValues: initial,
    done: initial.id ? t('saved') : t('created'),
    // A new material continues on its own page; an edited one stays and shows the saved state.
    onSuccess: (data) => (initial.id ? undefined : router.push(`/coordinator/toolbox/${data.id}`)),
    refresh: !!initial.id,
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;

  const err = (m?: string) => (m ? errorText(m) : undefined);
  const original = useWatch({ control, name: 'originalLocale' });
  const versions = useWatch({ control, name: 'versions' });
  return (
    <form onSubmit={submit} noValidate className="grid gap-6">
      <fieldset className="grid gap-x-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
        <legend className="px-1 font-bold">{t('factsHeading')}</legend>
        <TextField label={t('slug')} hint={t('slugHint')} {...field('slug')} />
        <SelectField
          label={t('kind')}
          options={MATERIAL_KINDS.map((k) => ({ value: k, label: tt(`kind.${k}`) }))}
          {...field('kind')}
        />
        <SelectField
          label={t('originalLocale')}
          hint={t('originalLocaleHint')}
          options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
          {...field('originalLocale')}
        />
        <TextField
          label={t('duration')}
          hint={t('durationHint')}
          type="number"
          min={5}
          inputMode="numeric"
          {...field('durationMinutes', { setValueAs: toNumber })}
        />
        <TextField
          label={t('groupMin')}
          type="number"
          min={1}
          inputMode="numeric"
          {...field('groupSizeMin', { setValueAs: toNumber })}
        />
        <TextField
          label={t('groupMax')}
          type="number"
          min={1}
          inputMode="numeric"
          {...field('groupSizeMax', { setValueAs: toNumber })}
        />
        <fieldset className="mb-4" aria-describedby={errors.stages ? 'stages-error' : undefined}>
          <legend className="text-sm font-bold">{t('stages')}</legend>
          {STAGES.map((s) => (
            <label key={s} className="mt-1 flex items-center gap-2">
              <input type="checkbox" value={s} {...register('stages')} />
              {ts(`${s}.short`)}
            </label>
          ))}
          {errors.stages && (
            <p id="stages-error" className="mt-1 text-sm font-bold text-red-700">
              {err(errors.stages.message ?? errors.stages.root?.message)}
            </p>
          )}
        </fieldset>
        <fieldset className="mb-4">
          <legend className="text-sm font-bold">{t('topics')}</legend>
          <div className="grid grid-cols-2 gap-x-3">
            {TOPICS.map((k) => (
              <label key={k} className="mt-1 flex items-center gap-2">
                <input type="checkbox" value={k} {...register('topics')} />
                {tt(`topic.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <p className="text-sm text-muted">{t('versionsHint')}</p>
      {locales.map((l) => {
        const e = errors.versions?.[l];
        const isPreview = preview === l;
        return (
          <fieldset key={l} className="rounded-lg border border-slate-200 bg-white p-4" lang={l}>
            <legend className="px-1 font-bold">
              {t('versionFor', { language: LOCALE_NAMES[l] })}
              {l === original && <span className="ml-2 text-sm font-normal text-muted">({t('originalMark')})</span>}
            </legend>
            <TextField label={t('titleField')} error={err(e?.title?.message)} {...register(`versions.${l}.title`)} />
            <TextAreaField
              label={t('summaryField')}
              rows={2}
              error={err(e?.summary?.message)}
              {...register(`versions.${l}.summary`)}
            />
            <TextAreaField
              label={t('bodyField')}
              hint={t('bodyHint')}
              rows={12}
              error={err(e?.body?.message)}
              {...register(`versions.${l}.body`)}
            />
            <Button variant="ghost" onClick={() => setPreview(isPreview ? null : l)} aria-expanded={isPreview}>
              {isPreview ? t('hidePreview') : t('preview', { language: LOCALE_NAMES[l] })}
            </Button>
            {isPreview && (
              <section
                aria-label={t('preview', { language: LOCALE_NAMES[l] })}
                className="mt-3 rounded border border-dashed border-slate-400 p-4"
              >
                <h2 className="text-2xl font-bold">{versions[l]?.title}</h2>
                <p className="mt-1 text-lg">{versions[l]?.summary}</p>
                <Markdown>{versions[l]?.body ?? ''}</Markdown>
              </section>
            )}
          </fieldset>
        );
      })}
      {errors.root && <p className="font-bold text-red-700">{err(errors.root.message)}</p>}
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {t('save')}
        </Button>
      </div>
    </form>
  );
}
