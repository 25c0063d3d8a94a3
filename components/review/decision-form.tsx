'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
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
  const t = useTranslations();
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
        t(result.fieldErrors?._form ?? (result.code === 'VALIDATION' ? 'review.errors.checkFields' : 'errors.generic')),
        'error',
      );
      return;
    }
    toast(t('decisions.saved'));
    router.refresh();
  }

  const err = (m?: string) => (m ? t(m) : undefined);
  return (
    <form onSubmit={handleSubmit(save)} noValidate>
      <SelectField
        label={t('decisions.outcome')}
        options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`decisions.outcomes.${o}`) }))}
        error={err(errors.outcome?.message)}
        {...register('outcome')}
      />
      <TextAreaField
        label={t('decisions.note')}
        hint={t('decisions.noteHint')}
        error={err(errors.note?.message)}
        {...register('note')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('decisions.save')}
      </Button>
    </form>
  );
}
