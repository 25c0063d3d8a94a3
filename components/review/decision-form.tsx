'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { DECISION_OUTCOMES, ZDecisionSchema, type TDecisionInput } from '@/lib/validation/review';
import { decideAction } from '@/server/actions/review';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';

export function DecisionForm({
  applicationId,
  initial,
}: {
  applicationId: string;
  initial: { outcome: TDecisionInput['outcome']; note: string } | null;
}) {
  const t = useTranslations('decisions');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TDecisionInput>({
    resolver: zodResolver(ZDecisionSchema),
    defaultValues: { applicationId, outcome: initial?.outcome ?? 'SELECTED', note: initial?.note ?? '' },
  });

  async function save(values: TDecisionInput) {
    const result = await decideAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      toast(
        errorText(
          result.fieldErrors?._form,
          result.code === 'VALIDATION' ? 'review.errors.checkFields' : 'errors.generic',
        ),
        'error',
      );
      return;
    }
    toast(t('saved'));
    router.refresh();
  }

  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <SelectField
        label={t('outcome')}
        options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        error={err(errors.outcome?.message)}
        {...register('outcome')}
      />
      <TextAreaField label={t('note')} hint={t('noteHint')} error={err(errors.note?.message)} {...register('note')} />
      <Button type="submit" disabled={isSubmitting}>
        {t('save')}
      </Button>
    </form>
  );
}
