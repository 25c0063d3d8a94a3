'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { ZInviteCoordinatorSchema, type TInviteCoordinatorInput } from '@/lib/validation/people';
import { inviteCoordinatorAction } from '@/server/actions/people';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { locales, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';

export function InviteCoordinatorForm() {
  const t = useTranslations('people');
  const tErrors = useTranslations('errors');
  const tMailbox = useTranslations('mailbox');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const locale = useLocale() as AppLocale;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TInviteCoordinatorInput>({
    resolver: zodResolver(ZInviteCoordinatorSchema),
    defaultValues: { email: '', name: '', locale },
  });

  async function invite(values: TInviteCoordinatorInput) {
    const result = await inviteCoordinatorAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (result.code !== 'VALIDATION') toast(tErrors('generic'), 'error');
      return;
    }
    const { isMailSent, isPending } = result.data;
    toast(
      !isMailSent
        ? tMailbox('notSentWithoutSmtp', { email: values.email })
        : isPending
          ? t('invitedPending', { email: values.email })
          : t('invited', { email: values.email }),
    );
    reset({ email: '', name: '', locale });
    router.refresh();
  }

  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form onSubmit={handleSubmit(invite)} noValidate className="max-w-lg">
      <TextField label={t('email')} type="email" error={err(errors.email?.message)} {...register('email')} />
      <TextField label={t('name')} error={err(errors.name?.message)} {...register('name')} />
      <SelectField
        label={t('language')}
        options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        error={err(errors.locale?.message)}
        {...register('locale')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('invite')}
      </Button>
    </form>
  );
}
