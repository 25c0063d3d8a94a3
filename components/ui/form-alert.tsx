'use client';

import { useErrorText } from './use-error-text';

/** A whole form's error (the server's `_form`, on react-hook-form's root), read out as soon as it appears. */
export function FormAlert({ message, className = '' }: { message: string | undefined; className?: string }) {
  const errorText = useErrorText();
  if (!message) return null;
  return (
    <p role="alert" className={`mb-3 rounded border border-red-700 bg-red-50 p-3 font-bold text-red-800 ${className}`}>
      {errorText(message)}
    </p>
  );
}
