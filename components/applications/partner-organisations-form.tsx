'use client';

import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors, useFailureToast } from '@/components/ui/use-action-form';
import { OrganisationList } from '@/components/wizard/step-people';
import { errorMessageAt, fromWizardValues, toWizardValues, type WizardValues } from '@/components/wizard/form-values';
import { savePartnerOrganisationsAction } from '@/server/actions/applications';
import type { TApplicationDraft } from '@/lib/validation/application';

/** The partner edits their own city's organisations while the application is a draft. */
export function PartnerOrganisationsForm({
  applicationId,
  initial,
  city,
}: {
  applicationId: string;
  initial: NonNullable<TApplicationDraft['partnerOrganisations']>;
  city: string;
}) {
  const t = useTranslations('application');
  const tCommon = useTranslations('common');
  const errorText = useErrorText();
  const failureToast = useFailureToast();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<WizardValues>({ defaultValues: toWizardValues({ partnerOrganisations: initial }) });
  const err = (path: string) => {
    const message = errorMessageAt(form.formState.errors, path);
    return message ? errorText(message) : undefined;
  };
  async function save() {
    const { partnerOrganisations } = fromWizardValues(form.getValues());
    const result = await savePartnerOrganisationsAction({ applicationId, partnerOrganisations }).catch(() => null);
    // The rows' own errors show beside them too.
    if (result && !result.ok) applyFieldErrors(result, form.setError);
    if (!result || !result.ok) return failureToast(result);
    toast(t('partner.organisationsSaved'));
    router.refresh();
  }
  return (
    <form onSubmit={form.handleSubmit(save)} noValidate className="mt-3">
      <OrganisationList
        form={form}
        err={err}
        side="partnerOrganisations"
        title={t('organisations.forCity', { city })}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {tCommon('save')}
      </Button>
    </form>
  );
}
