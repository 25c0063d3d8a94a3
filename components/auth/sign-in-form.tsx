'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { ZRequestSignInSchema, type TRequestSignInInput } from '@/lib/validation/auth';
import { requestSignInAction } from '@/server/actions/auth';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import type { AppLocale } from '@/i18n/routing';

export function SignInForm({ callbackPath }: { callbackPath?: string }) {
  const t = useTranslations('signIn');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const locale = useLocale() as AppLocale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<TRequestSignInInput>({
    resolver: zodResolver(ZRequestSignInSchema),
    defaultValues: { email: '', locale, callbackPath },
  });

  async function send(values: TRequestSignInInput) {
    setFormError(null);
    const result = await requestSignInAction(values);
    if (result.ok) return setSentTo(result.data.email);
    applyFieldErrors(result, setError);
    if (result.code === 'RATE_LIMITED') setFormError(t('rateLimited'));
    else if (result.code !== 'VALIDATION') setFormError(tErrors('generic'));
  }

  if (sentTo) {
    return (
      <div role="status" className="rounded-lg border border-emerald-700 bg-emerald-50 p-5">
        <h2 className="text-lg font-bold">{t('checkTitle')}</h2>
        <p className="mt-2">{t('checkBody', { email: sentTo })}</p>
        <Button variant="secondary" className="mt-4" onClick={() => send(getValues())} disabled={isSubmitting}>
          {t('resend')}
        </Button>
        {formError && <p className="mt-3 font-bold text-red-700">{formError}</p>}
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(send)} noValidate>
      <TextField
        label={t('email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message ? errorText(errors.email.message) : undefined}
        {...register('email')}
      />
      {formError && (
        <p role="alert" className="mb-3 font-bold text-red-700">
          {formError}
        </p>
      )}
      <Button type="submit" disabled={isSubmitting}>
        {t('send')}
      </Button>
    </form>
  );
}
