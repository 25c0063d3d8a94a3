'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { useToast } from './toast';
import type { ActionResult } from '@/lib/action-result';
import { useFailureText } from './use-action-form';
import { useErrorText } from './use-error-text';

type Props = {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: unknown;
  label: string;
  done: string;
  variant?: ButtonVariant;
  /** When set, a dialog asks before the action runs. */
  confirm?: string;
};

/** One button, one server action, with an optional confirmation and a toast for the outcome. */
export function ActionButton({ action, input, label, done, variant = 'secondary', confirm }: Props) {
  const t = useTranslations('common');
  const tErrors = useTranslations('errors');
  const failureText = useFailureText();
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();

  function run() {
    setAsking(false);
    startTransition(async () => {
      const result = await action(input).catch(() => null);
      if (!result) return toast(tErrors('network'), 'error');
      // A button has no fields to show errors beside: the first one it got, else what the refusal means.
      if (!result.ok) {
        const fieldError = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
        return toast(fieldError ? errorText(fieldError) : failureText(result), 'error');
      }
      toast(done);
      router.refresh();
    });
  }

  return (
    <>
      <Button variant={variant} disabled={pending} onClick={() => (confirm ? setAsking(true) : run())}>
        {label}
      </Button>
      {confirm && (
        <Dialog open={asking} onClose={() => setAsking(false)} title={label} closeLabel={t('close')}>
          <p>{confirm}</p>
          <div className="mt-6 flex justify-end gap-2">
            <Button variant="ghost" onClick={() => setAsking(false)}>
              {t('cancel')}
            </Button>
            <Button variant={variant === 'danger' ? 'danger' : 'primary'} onClick={run}>
              {label}
            </Button>
          </div>
        </Dialog>
      )}
    </>
  );
}
