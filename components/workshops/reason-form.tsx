'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/action-result';

const ZReason = z.object({ reason: z.string().trim().min(1, 'validation.required').max(500, 'validation.tooLong') });

/** A destructive step that needs a reason (cancelling a workshop, withdrawing a pair). */
export function ReasonForm({
  action,
  input,
  label,
  submit,
  done,
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  submit: string;
  done: string;
}) {
  const t = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({ resolver: zodResolver(ZReason), defaultValues: { reason: '' } });

  async function run(values: { reason: string }) {
    const result = await action({ ...input, ...values });
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (!result.fieldErrors) toast(t('generic'), 'error');
      return;
    }
    toast(done);
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={handleSubmit(run)} noValidate className="mt-3 max-w-lg">
      {errors.root?.message && (
        <p role="alert" className="mb-3 font-bold text-red-800">
          {err(errors.root.message)}
        </p>
      )}
      <TextAreaField label={label} error={err(errors.reason?.message)} {...register('reason')} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {submit}
      </Button>
    </form>
  );
}
