'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { Stage } from '@/lib/enums';

type Option = { id: string; title: string };
type Found = { query: string; items: Option[] } | { query: string; failed: true };

/**
 * The materials a workshop used, picked from the whole library: a search box asks the server for matches
 * (`/api/toolbox/options`); before anything is typed it lists the stage's newest materials, loaded when the form
 * is first opened. What is chosen stays listed above the results (uncheck to drop one), and a result checked
 * stays in its place. A page never carries the library.
 */
export function MaterialPicker({
  legend,
  stage,
  chosen,
  value,
  onChange,
  error,
  max,
}: {
  legend: string;
  stage: Stage;
  /** The materials the record holds now, with their titles. */
  chosen: Option[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  max: number;
}) {
  const t = useTranslations('workshops.outcome');
  const locale = useLocale();
  const id = useId();
  const rootRef = useRef<HTMLFieldSetElement>(null);
  // Everything this form has shown, so a material stays listed (and can be checked again) once unchecked.
  const [kept, setKept] = useState<Option[]>(chosen);
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState<string | null>(null);
  const [found, setFound] = useState<Found | null>(null);

  // The stage's list is asked for when the surrounding disclosure first opens (or at once if it is open).
  useEffect(() => {
    const details = rootRef.current?.closest('details');
    if (!details || details.open) return setWanted((w) => w ?? '');
    const open = () => details.open && setWanted((w) => w ?? '');
    details.addEventListener('toggle', open);
    return () => details.removeEventListener('toggle', open);
  }, []);

  useEffect(() => {
    if (wanted === null) return;
    const abort = new AbortController();
    const timer = setTimeout(
      () => {
        const params = new URLSearchParams({ locale, ...(wanted ? { q: wanted } : { stage }) });
        fetch(`/api/toolbox/options?${params}`, { signal: abort.signal })
          .then((r) => (r.ok ? (r.json() as Promise<{ items: Option[] }>) : Promise.reject(new Error(`${r.status}`))))
          .then(({ items }) => setFound({ query: wanted, items }))
          .catch(() => abort.signal.aborted || setFound({ query: wanted, failed: true }));
      },
      wanted ? 250 : 0,
    );
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [wanted, stage, locale]);

  const toggle = (option: Option, checked: boolean) => {
    if (checked && !kept.some((k) => k.id === option.id)) setKept([...kept, option]);
    onChange(checked ? [...value, option.id] : value.filter((v) => v !== option.id));
  };
  const isLoading = wanted !== null && found?.query !== wanted.trim();
  // A result stays where it was clicked; what is chosen but not among the results is listed above them.
  const results = found && 'items' in found && !isLoading ? found.items : [];
  const above = kept.filter((k) => !results.some((r) => r.id === k.id));
  const status = !found
    ? null
    : 'failed' in found
      ? t('pickerFailed')
      : found.query
        ? t('pickerFound', { count: found.items.length })
        : found.items.length === 0
          ? kept.length === 0
            ? t('noMaterials')
            : null
          : t('pickerSuggested');

  const box = (o: Option) => {
    const checked = value.includes(o.id);
    return (
      <label key={o.id} className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0"
          checked={checked}
          disabled={!checked && value.length >= max}
          onChange={(e) => toggle(o, e.target.checked)}
        />
        {o.title}
      </label>
    );
  };

  return (
    <fieldset
      ref={rootRef}
      className="mb-4 grid gap-2"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={!!error}
    >
      <legend className="text-sm font-bold">{legend}</legend>
      {above.length > 0 && <div className="grid gap-1">{above.map(box)}</div>}
      <label htmlFor={`${id}-q`} className="mt-1 text-sm font-bold">
        {t('pickerSearch')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        maxLength={200}
        aria-describedby={`${id}-hint ${id}-status`}
        onFocus={() => setWanted((w) => w ?? '')}
        onChange={(e) => {
          setQuery(e.target.value);
          setWanted(e.target.value.trim());
        }}
        className="rounded border border-slate-400 bg-white px-2 py-1"
      />
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('pickerHint')}
      </p>
      <p id={`${id}-status`} role="status" className="text-sm" aria-busy={isLoading}>
        {isLoading ? t('pickerLoading') : status}
      </p>
      {results.length > 0 && <div className="grid gap-1">{results.map(box)}</div>}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
