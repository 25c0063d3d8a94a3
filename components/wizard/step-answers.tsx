'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ANSWER_FIELDS, ANSWER_MAX } from '@/lib/validation/application';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';
import { CheckboxField } from './checkbox-field';
import type { StepProps } from './step-props';

export function AnswersStep({ form, err }: StepProps) {
  const t = useTranslations('application');
  const format = useFormatter();
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.answers')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('answers.intro', { max: format.number(ANSWER_MAX) })}</p>
      {ANSWER_FIELDS.map((field) => {
        const length = form.watch(field).length;
        const over = length > ANSWER_MAX;
        return (
          <div key={field}>
            <TextAreaField
              label={t(`questions.${field}`)}
              hint={
                <span className={over ? 'font-bold text-red-700' : undefined} aria-live="off">
                  {t('answers.count', { count: format.number(length), max: format.number(ANSWER_MAX) })}
                  {field === 'answerOther' ? ` · ${t('answers.optional')}` : ''}
                </span>
              }
              rows={8}
              error={err(field)}
              {...form.register(field)}
            />
          </div>
        );
      })}
      <SelectField
        label={t('fields.answerLanguage')}
        hint={t('answers.languageHint')}
        options={[
          { value: '', label: t('fields.choose') },
          ...locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
        ]}
        error={err('answerLanguage')}
        {...form.register('answerLanguage')}
      />
    </fieldset>
  );
}

export function DeclarationStep({ form, err }: StepProps) {
  const t = useTranslations('application');
  const locale = useLocale();
  return (
    <fieldset>
      <legend className="text-xl font-bold">{t('wizard.steps.declaration')}</legend>
      <p className="mb-4 mt-2 max-w-2xl">{t('declaration.intro')}</p>
      <CheckboxField
        label={t('declaration.selfDeclaration')}
        error={err('selfDeclaration')}
        {...form.register('selfDeclaration')}
      />
      <CheckboxField
        label={
          <>
            {t('declaration.consent')}{' '}
            <a className="text-brand-700 underline" href={`/${locale}/privacy`} target="_blank" rel="noreferrer">
              {t('declaration.privacyLink')}
            </a>
          </>
        }
        error={err('consent')}
        {...form.register('consent')}
      />
    </fieldset>
  );
}
