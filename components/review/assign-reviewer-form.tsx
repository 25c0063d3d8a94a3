'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { assignReviewerAction } from '@/server/actions/review';
import { SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { failureMessage } from '@/lib/action-result';

/** Assign one coordinator by hand; conflicted ones are listed but refused with a reason. */
export function AssignReviewerForm({
  applicationId,
  coordinators,
}: {
  applicationId: string;
  coordinators: { id: string; label: string }[];
}) {
  const t = useTranslations('review');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const [reviewerId, setReviewerId] = useState(coordinators[0]?.id ?? '');
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();

  function assign() {
    start(async () => {
      const result = await assignReviewerAction({ applicationId, reviewerId });
      if (!result.ok) {
        const key = result.fieldErrors?.reviewerId ?? failureMessage(result);
        setError(errorText(key));
        toast(errorText(key), 'error');
        return;
      }
      setError(undefined);
      toast(t('assign.done'));
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <SelectField
          label={t('assign.reviewer')}
          options={coordinators.map((c) => ({ value: c.id, label: c.label }))}
          value={reviewerId}
          error={error}
          onChange={(e) => setReviewerId(e.target.value)}
        />
      </div>
      <div className="mb-4">
        <Button onClick={assign} disabled={pending || !reviewerId}>
          {t('assign.submit')}
        </Button>
      </div>
    </div>
  );
}
