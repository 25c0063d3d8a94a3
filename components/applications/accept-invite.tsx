'use client';

import { useState } from 'react';
import { useLocale } from 'next-intl';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useErrorText } from '@/components/ui/use-error-text';
import { acceptInviteAction } from '@/server/actions/applications';

/** Accepting an invitation links the signed-in person to the application, then opens it. */
export function AcceptInvite({ token, label }: { token: string; label: string }) {
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function accept() {
    setPending(true);
    const result = await acceptInviteAction({ token }).catch(() => null);
    setPending(false);
    // An official waiting for verification cannot open the application yet; their dashboard says what comes next.
    if (result?.ok)
      return router.push(
        result.data.next === 'dashboard'
          ? `/${locale}/dashboard`
          : `/${locale}/applications/${result.data.applicationId}`,
      );
    setError(
      result?.fieldErrors?._form ?? (result?.code === 'NOT_FOUND' ? 'application.invite.invalid' : 'errors.generic'),
    );
  }
  return (
    <div>
      <Button onClick={accept} disabled={pending}>
        {label}
      </Button>
      {error && (
        <p role="alert" className="mt-3 font-bold text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
