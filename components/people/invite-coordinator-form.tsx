'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ZInviteCoordinatorSchema } from '@/lib/validation/people';
import { inviteCoordinatorAction } from '@/server/actions/people';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { locales, type AppLocale } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';

export function InviteCoordinatorForm() {
  const t = useTranslations('people');
  const tMailbox = useTranslations('mailbox');
  const locale = useLocale() as AppLocale;
  const empty = { email: '', name: '', locale };
  const { form, submit, field } = useActionForm(ZInviteCoordinatorSchema, inviteCoordinatorAction, {
    defaultValues: empty,
    done: ({ isMailSent, isPending }, { email }) =>
      !isMailSent
        ? tMailbox('notSentWithoutSmtp', { email })
        : isPending
          ? t('invitedPending', { email })
          : t('invited', { email }),
    onSuccess: (_, f) => f.reset(empty),
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="max-w-lg">
      <TextField label={t('email')} type="email" {...field('email')} />
      <TextField label={t('name')} {...field('name')} />
      <SelectField
        label={t('language')}
        options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        {...field('locale')}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('invite')}
      </Button>
    </form>
  );
}
