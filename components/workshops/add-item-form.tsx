'use client';

import { useTranslations } from 'next-intl';
import { ZAddLogisticsSchema } from '@/lib/validation/workshops';
import { addLogisticsItemAction } from '@/server/actions/workshops';
import { SelectField, TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { useActionForm } from '@/components/ui/use-action-form';

export function AddItemForm({ workshopId, cities }: { workshopId: string; cities: { id: string; name: string }[] }) {
  const t = useTranslations('workshops');
  const { form, submit, field } = useActionForm(ZAddLogisticsSchema, addLogisticsItemAction, {
    defaultValues: { workshopId, cityId: cities[0]?.id ?? '', label: '' },
    done: t('checklist.added'),
    onSuccess: (_, f) => f.reset({ workshopId, cityId: f.getValues('cityId'), label: '' }),
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="mt-3 grid max-w-2xl gap-x-4 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
      <SelectField
        label={t('checklist.city')}
        options={cities.map((c) => ({ value: c.id, label: c.name }))}
        {...field('cityId')}
      />
      <TextField label={t('checklist.newItem')} {...field('label')} />
      <div className="mb-4">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {t('checklist.add')}
        </Button>
      </div>
    </form>
  );
}
