'use client';

import { useWatch, type Control } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { LOCALE_NAMES } from '@/lib/site';
import { ANSWER_FIELDS, type WizardStep } from '@/lib/validation/application';
import type { WizardValues } from './form-values';

type Props = { control: Control<WizardValues>; cityNames: Record<string, string>; onEdit: (step: WizardStep) => void };

/** Everything on one page before submitting, each part with a way back to its step. */
export function ReviewStep({ control, cityNames, onEdit }: Props) {
  const v = useWatch({ control, compute: (values) => values });
  const t = useTranslations('application');
  const none = t('review.missing');
  const orgs = (list: WizardValues['applicantOrganisations']) =>
    list
      .filter((o) => o.name.trim())
      .map((o) => `${o.name}${o.kind ? ` (${t(`organisationKind.${o.kind}`)})` : ''}`)
      .join('; ') || none;
  const section = (step: WizardStep, rows: [string, string][]) => (
    <section className="mb-4 rounded-md border border-slate-200 bg-white p-4" aria-labelledby={`review-${step}`}>
      <div className="flex items-center justify-between gap-2">
        <h3 id={`review-${step}`} className="text-lg font-bold">
          {t(`wizard.steps.${step}`)}
        </h3>
        <Button
          variant="ghost"
          onClick={() => onEdit(step)}
          aria-label={t('review.editStep', { step: t(`wizard.steps.${step}`) })}
        >
          {t('review.edit')}
        </Button>
      </div>
      <dl className="mt-2 grid gap-2">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="whitespace-pre-wrap break-words">{value || none}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
  return (
    <div>
      <h2 className="text-xl font-bold">{t('wizard.steps.review')}</h2>
      <p className="mb-4 mt-2 max-w-2xl">{t('review.intro')}</p>
      {section('eligibility', [
        [t('fields.applicantType'), v.applicantType ? t(`applicantType.${v.applicantType}`) : ''],
      ])}
      {section('cities', [
        [t('fields.applicantCity'), cityNames[v.applicantCityId] ?? ''],
        [t('fields.partnerCity'), cityNames[v.partnerCityId] ?? ''],
        [
          t('fields.partnershipStatus'),
          v.partnershipStatus
            ? t(`partnership.${v.partnershipStatus}`) +
              (v.partnershipStatus === 'TWINNED' && v.twinnedSinceYear ? ` · ${v.twinnedSinceYear}` : '')
            : '',
        ],
      ])}
      {section('organisations', [
        [cityNames[v.applicantCityId] ?? t('fields.applicantCity'), orgs(v.applicantOrganisations)],
        [cityNames[v.partnerCityId] ?? t('fields.partnerCity'), orgs(v.partnerOrganisations)],
      ])}
      {section('contact', [
        [t('fields.contactName'), `${v.contactName}${v.contactRole ? `, ${v.contactRole}` : ''}`],
        [t('fields.contactEmail'), v.contactEmail],
        [t('fields.contactPhone'), v.contactPhone],
        [t('fields.contactSocial'), v.contactSocial.filter(Boolean).join('\n')],
      ])}
      {section('answers', [
        ...ANSWER_FIELDS.map((f) => [t(`questions.${f}`), v[f]] as [string, string]),
        [
          t('fields.answerLanguage'),
          v.answerLanguage ? LOCALE_NAMES[v.answerLanguage as keyof typeof LOCALE_NAMES] : '',
        ],
      ])}
      {section('declaration', [
        [t('declaration.selfDeclarationShort'), v.selfDeclaration ? t('review.yes') : ''],
        [t('declaration.consentShort'), v.consent ? t('review.yes') : ''],
      ])}
    </div>
  );
}
