'use client';

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/** A labelled checkbox with its error wired by id. */
export function CheckboxField({
  label,
  error,
  ...props
}: { label: ReactNode; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="mb-4">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-5 w-5"
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-e` : undefined}
          {...props}
        />
        <label htmlFor={id} className="max-w-2xl">
          {label}
        </label>
      </div>
      {error && (
        <p id={`${id}-e`} className="mt-1 text-sm font-bold text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
