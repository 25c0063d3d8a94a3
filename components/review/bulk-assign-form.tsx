'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { bulkAssignAction } from '@/server/actions/review';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';

export const BULK_FORM_ID = 'bulk-assign';

/**
 * Bulk assignment: the list's row checkboxes belong to this form through form="bulk-assign",
 * so the table stays server-rendered.
 */
export function BulkAssignForm({
  callId,
  coordinators,
}: {
  callId: string;
  coordinators: { id: string; name: string }[];
}) {
  const t = useTranslations('review');
  const tErrors = useTranslations('errors');
  const toast = useToast();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const applicationIds = form.getAll('applicationIds').map(String);
    const reviewerIds = form.getAll('reviewerIds').map(String);
    if (!applicationIds.length || !reviewerIds.length) {
      setError(t('bulk.chooseBoth'));
      return;
    }
    setPending(true);
    const result = await bulkAssignAction({ callId, applicationIds, reviewerIds });
    setPending(false);
    if (!result.ok) {
      setError(tErrors('generic'));
      return;
    }
    setError(undefined);
    toast(t('bulk.done', { assigned: result.data.assigned, skipped: result.data.skipped }));
    router.refresh();
  }

  return (
    <form
      id={BULK_FORM_ID}
      onSubmit={submit}
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-describedby={error ? 'bulk-error' : undefined}
    >
      <fieldset>
        <legend className="font-bold">{t('bulk.reviewers')}</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {coordinators.map((c) => (
            <label key={c.id} className="flex items-center gap-2">
              <input type="checkbox" name="reviewerIds" value={c.id} className="h-4 w-4" />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="mt-2 text-sm text-muted">{t('bulk.hint')}</p>
      {error && (
        <p id="bulk-error" role="alert" className="mt-2 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
      <Button type="submit" className="mt-3" disabled={pending}>
        {t('bulk.submit')}
      </Button>
    </form>
  );
}
