'use client';

import { z } from 'zod';
import { TextAreaField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { FormAlert } from '@/components/ui/form-alert';
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
  const {
    form,
    submit: send,
    field,
  } = useActionForm(ZReason, (values) => action({ ...input, ...values }), {
    defaultValues: { reason: '' },
    done,
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={send} noValidate className="mt-3 max-w-lg">
      <FormAlert message={errors.root?.message} />
      <TextAreaField label={label} {...field('reason')} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {submit}
      </Button>
    </form>
  );
}
