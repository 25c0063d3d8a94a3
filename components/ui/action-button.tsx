'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { useToast } from './toast';
import type { ActionResult } from '@/lib/action-result';
import { useFailureToast } from './use-action-form';

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
  const failureToast = useFailureToast();
  const toast = useToast();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();

  function run() {
    setAsking(false);
    startTransition(async () => {
      const result = await action(input).catch(() => null);
      // A button has no fields to show errors beside.
      if (!result || !result.ok) return failureToast(result);
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
