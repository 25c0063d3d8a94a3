'use client';

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useRouter } from 'next/navigation';
import { ZAddLogisticsSchema, type TAddLogisticsInput } from '@/lib/validation/workshops';
import { addLogisticsItemAction } from '@/server/actions/workshops';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { applyFieldErrors } from '@/components/ui/use-action-form';

export function AddItemForm({ workshopId, cities }: { workshopId: string; cities: { id: string; name: string }[] }) {
  const t = useTranslations('workshops');
  const tErrors = useTranslations('errors');
  const errorText = useErrorText();
  const toast = useToast();
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TAddLogisticsInput>({
    resolver: zodResolver(ZAddLogisticsSchema),
    defaultValues: { workshopId, cityId: cities[0]?.id ?? '', label: '' },
  });
  async function add(values: TAddLogisticsInput) {
    const result = await addLogisticsItemAction(values);
    if (!result.ok) {
      applyFieldErrors(result, setError);
      if (!result.fieldErrors) toast(tErrors('generic'), 'error');
      return;
    }
    reset({ workshopId, cityId: values.cityId, label: '' });
    toast(t('checklist.added'));
    router.refresh();
  }
  const err = (m?: string) => (m ? errorText(m) : undefined);
  return (
    <form
      onSubmit={handleSubmit(add)}
      noValidate
      className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-[1fr_2fr_auto] sm:items-end"
    >
      <SelectField
        label={t('checklist.city')}
        options={cities.map((c) => ({ value: c.id, label: c.name }))}
        error={err(errors.cityId?.message)}
        {...register('cityId')}
      />
      <TextField label={t('checklist.newItem')} error={err(errors.label?.message)} {...register('label')} />
      <div className="mb-4">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t('checklist.add')}
        </Button>
      </div>
    </form>
  );
}
