'use client';

import {
  get,
  useForm,
  type RegisterOptions,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
  type UseFormSetError,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { z } from 'zod';
import { failureMessage, type ActionResult } from '@/lib/action-result';
import { useErrorText } from './use-error-text';
import { useToast } from './toast';

/** Maps an action's fieldErrors onto react-hook-form, so server errors show beside their fields. */
export function applyFieldErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): void {
  if (result.ok || !result.fieldErrors) return;
  // The first field with an error takes the focus, so a long form shows what to fix.
  Object.entries(result.fieldErrors).forEach(([field, message], index) => {
    const name = (field === '_form' ? 'root' : field) as Path<T>;
    setError(name, { type: 'server', message }, { shouldFocus: index === 0 && field !== '_form' });
  });
}

/** Says what a failed action means, in the person's language: the one way a form or a button reports one. */
export function useFailureText() {
  const errorText = useErrorText();
  return (result: Extract<ActionResult<unknown>, { ok: false }>) => errorText(failureMessage(result));
}

/**
 * For a failure with no field to show it beside (a button, a list of rows): a toast with the first field
 * error it got, else what the failure means; for no answer at all, that the server could not be reached.
 */
export function useFailureToast() {
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const failureText = useFailureText();
  const toast = useToast();
  return (result: Extract<ActionResult<unknown>, { ok: false }> | null) => {
    if (!result) return toast(tErrors('network'), 'error');
    const fieldError = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
    toast(fieldError ? errorText(fieldError) : failureText(result), 'error');
  };
}

type Options<Input extends FieldValues, Output extends FieldValues, Data> = {
  defaultValues: DefaultValues<Input>;
  /** Shown as a toast after a successful save. */
  done?: string | ((data: Data, values: Input) => string);
  /** After success, before the page's server data is refreshed. */
  onSuccess?: (data: Data, form: UseFormReturn<Input, unknown, Output>) => void | Promise<void>;
  /** Refresh the page's server data after success (default true; false when onSuccess navigates away). */
  refresh?: boolean;
};

/**
 * One path through a form: the shared zod schema in the browser, the server action, its field errors beside
 * the fields, and one toast that says what happened (saved, refused, conflict, session ended, offline).
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Data>(
  schema: Schema,
  action: (values: z.output<Schema>) => Promise<ActionResult<Data>>,
  { defaultValues, done, onSuccess, refresh = true }: Options<z.input<Schema>, z.output<Schema>, Data>,
) {
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const failureText = useFailureText();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(schema), defaultValues });

  const submit = form.handleSubmit(async (values) => {
    const result = await action(values).catch(() => null);
    if (!result) return toast(tErrors('network'), 'error');
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      // Field errors show beside their fields; anything else (or nothing to show) gets a toast.
      const shown = result.code === 'VALIDATION' && result.fieldErrors && !result.fieldErrors._form;
      if (!shown) toast(failureText(result), 'error');
      return;
    }
    if (done) toast(typeof done === 'string' ? done : done(result.data, form.getValues()));
    if (onSuccess) await onSuccess(result.data, form);
    if (refresh) router.refresh();
  });

  /** A registered field with its error already in the person's language: `<TextField {...field('email')} />`. */
  const field = (name: Path<z.input<Schema>>, options?: RegisterOptions<z.input<Schema>, Path<z.input<Schema>>>) => ({
    ...form.register(name, options),
    error: errorText((get(form.formState.errors, name) as { message?: string } | undefined)?.message),
  });

  return { form, submit, errorText, field };
}
