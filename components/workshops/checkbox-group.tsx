'use client';

import { useId } from 'react';

/** A labelled group of checkboxes holding an array of values (fieldset + legend for screen readers). */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
  max,
}: {
  legend: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  max?: number;
}) {
  const id = useId();
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${id}-error` : undefined} aria-invalid={!!error}>
      <legend className="text-sm font-bold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => {
          const checked = value.includes(o.value);
          return (
            <label key={o.value} className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={checked}
                disabled={!checked && max !== undefined && value.length >= max}
                onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
              />
              {o.label}
            </label>
          );
        })}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
