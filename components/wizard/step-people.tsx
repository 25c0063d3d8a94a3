'use client';

import { ORGANISATION_KINDS } from '@/lib/enums';
import { useFieldArray } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { ORGANISATIONS_MAX, SOCIAL_LINKS_MAX } from '@/lib/validation/application';
import type { StepProps } from './step-props';

export function OrganisationsStep({ form, err, cityNames }: StepProps & { cityNames: Record<string, string> }) {
  const t = useTranslations('application');
  const a = cityNames[form.watch('applicantCityId')] ?? t('fields.applicantCity');
  const b = cityNames[form.watch('partnerCityId')] ?? t('fields.partnerCity');
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.organisations')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('organisations.intro')}</p>
      <OrganisationList
        form={form}
        err={err}
        side="applicantOrganisations"
        title={t('organisations.forCity', { city: a })}
      />
      <OrganisationList
        form={form}
        err={err}
        side="partnerOrganisations"
        title={t('organisations.forCity', { city: b })}
      />
    </fieldset>
  );
}

export function OrganisationList({
  form,
  err,
  side,
  title,
}: StepProps & { side: 'applicantOrganisations' | 'partnerOrganisations'; title: string }) {
  const t = useTranslations('application');
  const { fields, append, remove } = useFieldArray({ control: form.control, name: side });
  return (
    <section className="mb-6 rounded-md border border-slate-200 bg-white p-4" aria-label={title}>
      <h3 className="mb-2 text-lg font-bold">{title}</h3>
      {err(side) && <p className="mb-2 text-sm font-bold text-red-700">{err(side)}</p>}
      {fields.map((field, i) => (
        <div key={field.id} className="mb-4 grid gap-x-4 border-b border-slate-100 pb-2 sm:grid-cols-3">
          <TextField
            label={t('organisations.name', { n: i + 1 })}
            error={err(`${side}.${i}.name`)}
            {...form.register(`${side}.${i}.name`)}
          />
          <SelectField
            label={t('organisations.kind', { n: i + 1 })}
            options={[
              { value: '', label: t('fields.choose') },
              ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) })),
            ]}
            error={err(`${side}.${i}.kind`)}
            {...form.register(`${side}.${i}.kind`)}
          />
          <TextField
            label={t('organisations.website', { n: i + 1 })}
            type="url"
            placeholder="https://"
            error={err(`${side}.${i}.website`)}
            {...form.register(`${side}.${i}.website`)}
          />
          {fields.length > 1 && (
            <p className="sm:col-span-3">
              <Button variant="ghost" onClick={() => remove(i)}>
                {t('organisations.remove', { n: i + 1 })}
              </Button>
            </p>
          )}
        </div>
      ))}
      {fields.length < ORGANISATIONS_MAX && (
        <Button variant="secondary" onClick={() => append({ name: '', kind: '', website: '' })}>
          {t('organisations.add')}
        </Button>
      )}
    </section>
  );
}

export function ContactStep({ form, err }: StepProps) {
  const t = useTranslations('application');
  const social = form.watch('contactSocial');
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.contact')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('contact.intro')}</p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label={t('fields.contactName')}
          autoComplete="name"
          error={err('contactName')}
          {...form.register('contactName')}
        />
        <TextField
          label={t('fields.contactRole')}
          autoComplete="organization-title"
          error={err('contactRole')}
          {...form.register('contactRole')}
        />
        <TextField
          label={t('fields.contactEmail')}
          type="email"
          autoComplete="email"
          error={err('contactEmail')}
          {...form.register('contactEmail')}
        />
        <TextField
          label={t('fields.contactPhone')}
          type="tel"
          autoComplete="tel"
          hint={t('contact.phoneHint')}
          error={err('contactPhone')}
          {...form.register('contactPhone')}
        />
      </div>
      <TextAreaField
        label={t('fields.contactSocial')}
        hint={t('contact.socialHint', { max: SOCIAL_LINKS_MAX })}
        error={social.map((_, i) => err(`contactSocial.${i}`)).find(Boolean) ?? err('contactSocial')}
        value={social.join('\n')}
        onChange={(e) => form.setValue('contactSocial', e.target.value.split('\n'), { shouldDirty: true })}
        rows={3}
      />
    </fieldset>
  );
}
