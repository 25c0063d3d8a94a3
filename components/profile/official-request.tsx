'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { CityPicker } from '@/components/cities/city-picker';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { requestOfficialRoleAction } from '@/server/actions/profile';
import { failureMessage } from '@/lib/action-result';

export function OfficialRequest() {
  const t = useTranslations('profile');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const [cityId, setCityId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await requestOfficialRoleAction({ cityId: cityId ?? '' });
    setBusy(false);
    if (!result.ok) return setError(errorText(result.fieldErrors?.cityId ?? failureMessage(result)));
    setError(undefined);
    toast(t('officialRequested'));
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-lg">
      <CityPicker label={t('officialCity')} name="cityId" error={error} onChange={(c) => setCityId(c?.id ?? null)} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t('requestOfficial')}
      </Button>
    </form>
  );
}
