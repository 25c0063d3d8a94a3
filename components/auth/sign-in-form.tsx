'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ZRequestSignInSchema } from '@/lib/validation/auth';
import { requestSignInAction } from '@/server/actions/auth';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import type { AppLocale } from '@/i18n/routing';

/** Asks for a sign-in link by e-mail; once sent, says where it went and offers to send it again. */
export function SignInForm({ callbackPath }: { callbackPath?: string }) {
  const t = useTranslations('signIn');
  const locale = useLocale() as AppLocale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, errorText } = useActionForm(ZRequestSignInSchema, requestSignInAction, {
    defaultValues: { email: '', locale, callbackPath },
    onSuccess: (data) => setSentTo(data.email),
    refresh: false,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  if (sentTo) {
    return (
      <div role="status" className="rounded-lg border border-emerald-700 bg-emerald-50 p-5">
        <h2 className="text-lg font-bold">{t('checkTitle')}</h2>
        <p className="mt-2">{t('checkBody', { email: sentTo })}</p>
        <Button variant="secondary" className="mt-4" onClick={submit} disabled={isSubmitting}>
          {t('resend')}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={t('email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message ? errorText(errors.email.message) : undefined}
        {...register('email')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('send')}
      </Button>
    </form>
  );
}
