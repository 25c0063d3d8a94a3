'use client';

import { useTranslations } from 'next-intl';
import { DECISION_OUTCOMES, ZDecisionSchema, type TDecisionInput } from '@/lib/validation/review';
import { decideAction } from '@/server/actions/review';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';

export function DecisionForm({
  applicationId,
  initial,
}: {
  applicationId: string;
  initial: { outcome: TDecisionInput['outcome']; note: string } | null;
}) {
  const t = useTranslations('decisions');
  const { form, submit, field } = useActionForm(ZDecisionSchema, decideAction, {
    defaultValues: { applicationId, outcome: initial?.outcome ?? 'SELECTED', note: initial?.note ?? '' },
    done: t('saved'),
  });
  const { isSubmitting } = form.formState;

  return (
    <form onSubmit={submit} noValidate>
      <SelectField
        label={t('outcome')}
        options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        {...field('outcome')}
      />
      <TextAreaField label={t('note')} hint={t('noteHint')} {...field('note')} />
      <Button type="submit" disabled={isSubmitting}>
        {t('save')}
      </Button>
    </form>
  );
}
