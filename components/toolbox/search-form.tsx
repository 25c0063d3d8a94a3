'use client';

import { MATERIAL_KINDS, STAGES } from '@/lib/enums';
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/components/ui/field';
import { Button, buttonClasses } from '@/components/ui/button';
import { Link, useRouter } from '@/i18n/navigation';
import type { FormEvent } from 'react';
import { locales } from '@/i18n/routing';
import { LOCALE_NAMES } from '@/lib/site';
import { DURATION_BUCKETS, TOPICS } from '@/lib/toolbox/materials';
import type { TToolboxSearch } from '@/lib/validation/toolbox';

/**
 * A plain GET form: the search and every filter live in the URL, so a search can be shared
 * and works without JavaScript.
 */
export function ToolboxSearchForm({ search }: { search: TToolboxSearch }) {
  const t = useTranslations('toolbox');
  const ts = useTranslations('stages');
  const router = useRouter();
  const any = { value: '', label: t('any') };
  // With JavaScript, empty fields stay out of the URL; without it the plain GET still works.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    }
    const query = params.toString();
    router.push(query ? `/toolbox/search?${query}` : '/toolbox');
  }
  return (
    <form
      method="get"
      role="search"
      aria-label={t('searchLabel')}
      onSubmit={submit}
      className="rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField
            label={t('searchLabel')}
            name="q"
            type="search"
            defaultValue={search.q ?? ''}
            hint={t('searchHint')}
          />
        </div>
        <div className="mb-4">
          <Button type="submit">{t('search')}</Button>
        </div>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-bold">{t('filters')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3 lg:grid-cols-6">
          <SelectField
            label={t('kindLabel')}
            name="kind"
            defaultValue={search.kind ?? ''}
            options={[any, ...MATERIAL_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
          />
          <SelectField
            label={t('stageLabel')}
            name="stage"
            defaultValue={search.stage ?? ''}
            options={[any, ...STAGES.map((s) => ({ value: s, label: ts(`${s}.short`) }))]}
          />
          <SelectField
            label={t('topicLabel')}
            name="topic"
            defaultValue={search.topic ?? ''}
            options={[any, ...TOPICS.map((k) => ({ value: k, label: t(`topic.${k}`) }))]}
          />
          <SelectField
            label={t('langLabel')}
            name="lang"
            defaultValue={search.lang ?? ''}
            options={[any, ...locales.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))]}
          />
          <SelectField
            label={t('durationLabel')}
            name="duration"
            defaultValue={search.duration ?? ''}
            options={[any, ...DURATION_BUCKETS.map((d) => ({ value: d, label: t(`duration.${d}`) }))]}
          />
          <TextField
            label={t('groupLabel')}
            name="group"
            type="number"
            min={1}
            max={1000}
            inputMode="numeric"
            defaultValue={search.group ?? ''}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary">
          {t('applyFilters')}
        </Button>
        <Link href="/toolbox" className={buttonClasses('ghost')}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
