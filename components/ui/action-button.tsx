'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { Button, type ButtonVariant } from './button';
import { Dialog } from './dialog';
import { useToast } from './toast';
import type { ActionResult } from '@/lib/action-result';

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
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [pending, startTransition] = useTransition();

  function run() {
    setAsking(false);
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        toast(done);
        router.refresh();
      } else {
        const key = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
        toast(errorText(key, 'errors.generic'), 'error');
      }
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
