'use client';

import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';
import { inviteToApplicationAction } from '@/server/actions/applications';
import { ZInvitePartnerSchema } from '@/lib/validation/application';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';

const ZForm = ZInvitePartnerSchema.extend({ locale: z.enum(locales) });
type FormValues = z.infer<typeof ZForm>;

/** Invite the partner city's contact, or an official of the applicant city, by e-mail in their language. */
export function InviteForm({ applicationId, kind }: { applicationId: string; kind: 'PARTNER' | 'OFFICIAL' }) {
  const t = useTranslations('application');
  const tMailbox = useTranslations('mailbox');
  const locale = useLocale() as FormValues['locale'];
  const { form, submit, errorText } = useActionForm(
    ZForm,
    (values) => inviteToApplicationAction({ ...values, applicationId, kind }),
    {
      defaultValues: { email: '', locale },
      // A demo without SMTP keeps the invitation but can deliver it to nobody: say so.
      done: (data) =>
        data.isMailSent
          ? t('invite.sent', { email: data.email })
          : tMailbox('notSentWithoutSmtp', { email: data.email }),
      onSuccess: (_, f) => f.reset({ email: '', locale }),
    },
  );
  const { errors, isSubmitting } = form.formState;
  const err = errorText;
  const isPartner = kind === 'PARTNER';
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid gap-x-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <TextField
        label={t(isPartner ? 'invite.partnerEmail' : 'invite.officialEmail')}
        type="email"
        autoComplete="off"
        error={err(errors.email?.message)}
        {...form.register('email')}
      />
      <SelectField
        label={t('invite.language')}
        options={locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
        {...form.register('locale')}
      />
      <div className="mb-4">
        <Button type="submit" disabled={isSubmitting}>
          {t(isPartner ? 'invite.partnerSend' : 'invite.officialSend')}
        </Button>
      </div>
    </form>
  );
}
