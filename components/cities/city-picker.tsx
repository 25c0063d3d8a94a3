'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { searchCitiesAction } from '@/server/actions/profile';
import type { CityOption } from '@/server/queries/cities';

type Props = {
  label: string;
  name: string;
  error?: string;
  initial?: { id: string; name: string } | null;
  onChange?: (city: CityOption | null) => void;
};

/**
 * An ARIA combobox over the one city search: type in any script or spelling, pick with
 * arrow keys and Enter. The chosen id travels in a hidden input named `name`.
 */
export function CityPicker({ label, name, error, initial, onChange }: Props) {
  const t = useTranslations('cities');
  const locale = useLocale();
  const id = useId();
  const [query, setQuery] = useState(initial?.name ?? '');
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(initial ?? null);
  const [options, setOptions] = useState<CityOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);

  useEffect(() => {
    if (!open || query.trim().length < 2 || selected?.name === query) return;
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      const found = await searchCitiesAction(query, locale);
      if (mine === seq.current) {
        setOptions(found);
        setActive(found.length ? 0 : -1);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [query, open, locale, selected]);

  function choose(city: CityOption) {
    setSelected({ id: city.id, name: city.name });
    setQuery(city.name);
    setOpen(false);
    onChange?.(city);
  }

  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <div className="relative mb-4">
      <label htmlFor={id} className="block text-sm font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('hint')}
      </p>
      <input
        id={id}
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-describedby={[`${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={!!error}
        autoComplete="off"
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setSelected(null);
          setOpen(true);
          onChange?.(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <input type="hidden" name={name} value={selected?.id ?? ''} />
      {open && query.trim().length >= 2 && !selected && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-lg"
        >
          {options.length === 0 && <li className="px-3 py-2 text-sm text-muted">{t('none')}</li>}
          {options.map((city, i) => (
            <li
              key={city.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-brand-100' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(city);
              }}
            >
              {city.name} <span className="text-sm text-muted">· {t(`country.${city.country}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
