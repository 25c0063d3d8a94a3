'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';
import { inviteToApplicationAction } from '@/server/actions/applications';
import { ZInvitePartnerSchema } from '@/lib/validation/application';
import { LOCALE_NAMES } from '@/lib/site';
import { locales } from '@/i18n/routing';

const ZForm = ZInvitePartnerSchema.extend({ locale: z.enum(locales) });
type FormValues = z.infer<typeof ZForm>;

/** Invite the partner city's contact, or an official of the applicant city, by e-mail in their language. */
export function InviteForm({ applicationId, kind }: { applicationId: string; kind: 'PARTNER' | 'OFFICIAL' }) {
  const t = useTranslations('application');
  const tErrors = useTranslations('errors');
  const tMailbox = useTranslations('mailbox');
  const errorText = useErrorText();
  const locale = useLocale() as FormValues['locale'];
  const toast = useToast();
  const router = useRouter();
  const form = useForm<FormValues>({ resolver: zodResolver(ZForm), defaultValues: { email: '', locale } });
  const { errors, isSubmitting } = form.formState;
  async function send(values: FormValues) {
    const result = await inviteToApplicationAction({ ...values, applicationId, kind }).catch(() => null);
    if (!result) return toast(tErrors('generic'), 'error');
    if (!result.ok) {
      applyFieldErrors(result, form.setError);
      if (result.code !== 'VALIDATION') toast(errorText(result.fieldErrors?._form, 'errors.generic'), 'error');
      return;
    }
    // A demo without SMTP keeps the invitation but can deliver it to nobody: say so.
    toast(
      result.data.isMailSent
        ? t('invite.sent', { email: result.data.email })
        : tMailbox('notSentWithoutSmtp', { email: result.data.email }),
    );
    form.reset({ email: '', locale });
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  const isPartner = kind === 'PARTNER';
  return (
    <form
      onSubmit={form.handleSubmit(send)}
      noValidate
      className="mt-3 grid gap-x-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end"
    >
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
