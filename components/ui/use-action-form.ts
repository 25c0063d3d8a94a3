'use client';

import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/action-result';

/** Maps an action's fieldErrors onto react-hook-form, so server errors show beside their fields. */
export function applyFieldErrors<T extends FieldValues>(
  result: ActionResult<unknown>,
  setError: UseFormSetError<T>,
): void {
  if (result.ok || !result.fieldErrors) return;
  for (const [field, message] of Object.entries(result.fieldErrors)) {
    setError((field === '_form' ? 'root' : field) as Path<T>, { type: 'server', message });
  }
}
