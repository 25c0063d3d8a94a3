'use client';

import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
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
  const tErrors = useTranslations('errors');
  const tCommon = useTranslations('common');
  const errorText = useErrorText();
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
    if (!result) return toast(tErrors('generic'), 'error');
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fieldErrors ?? { _form: 'errors.generic' })) {
        form.setError(field === '_form' ? 'root' : (field as never), { type: 'server', message });
      }
      toast(errorText(Object.values(result.fieldErrors ?? {})[0], 'errors.generic'), 'error');
      return;
    }
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
