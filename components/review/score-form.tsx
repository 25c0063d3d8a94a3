'use client';

import { useTranslations } from 'next-intl';
import { ZReviewScoresSchema } from '@/lib/validation/review';
import { SCORE_SCALE } from '@/lib/review/stats';
import { saveReviewAction } from '@/server/actions/review';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';

type Criterion = { id: string; label: string; weight: number };

/** One score (1–5) and a comment per criterion; saving again revises the review. */
export function ScoreForm({
  applicationId,
  criteria,
  initial,
}: {
  applicationId: string;
  criteria: Criterion[];
  initial: Record<string, { score: number; comment: string | null }>;
}) {
  const t = useTranslations('review');
  const isRevision = Object.keys(initial).length > 0;
  const { form, submit, errorText } = useActionForm(ZReviewScoresSchema, saveReviewAction, {
    defaultValues: {
      applicationId,
      scores: criteria.map((c) => ({
        criterionId: c.id,
        score: initial[c.id] ? String(initial[c.id]!.score) : '',
        comment: initial[c.id]?.comment ?? '',
      })),
    },
    done: t(isRevision ? 'scores.revised' : 'scores.submitted'),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const err = errorText;
  const options = [
    { value: '', label: t('scores.choose') },
    ...SCORE_SCALE.map((score) => ({ value: String(score), label: t(`scores.scale.${score}`) })),
  ];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="score-heading">
      {criteria.map((c, i) => (
        <fieldset key={c.id} className="mb-4 rounded border border-slate-200 p-3">
          <legend className="px-1 font-bold">
            {c.label}{' '}
            <span className="text-sm font-normal text-muted">({t('criteria.weightShort', { weight: c.weight })})</span>
          </legend>
          <input type="hidden" {...register(`scores.${i}.criterionId`)} />
          <SelectField
            label={t('scores.score', { criterion: c.label })}
            options={options}
            error={err(errors.scores?.[i]?.score?.message)}
            {...register(`scores.${i}.score`)}
          />
          <TextAreaField
            label={t('scores.comment', { criterion: c.label })}
            error={err(errors.scores?.[i]?.comment?.message)}
            {...register(`scores.${i}.comment`)}
          />
        </fieldset>
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {isRevision ? t('scores.revise') : t('scores.submit')}
      </Button>
    </form>
  );
}
