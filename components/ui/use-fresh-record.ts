'use client';

import { useEffect, useEffectEvent, useRef } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';

type Versioned = FieldValues & { version: unknown };

/**
 * A form over a versioned record, when another save bumps the version (a second tab, a colleague): an
 * untouched form takes the fresh record; a form with unsaved edits keeps its version, so saving it is refused
 * (CONFLICT) rather than silently overwriting. With `adoptIfFieldsUnchanged`, edits survive a bump that did
 * not touch this form's fields (the workshop was rescheduled while its outcome was being typed).
 */
export function useFreshRecord<T extends Versioned, Output extends FieldValues>(
  form: UseFormReturn<T, unknown, Output>,
  initial: T,
  { adoptIfFieldsUnchanged = false } = {},
) {
  const seen = useRef(initial);
  const takeNewVersion = useEffectEvent(() => {
    const before = seen.current;
    seen.current = initial;
    if (!form.formState.isDirty) form.reset(initial);
    else if (adoptIfFieldsUnchanged && sameFields(before, initial))
      form.setValue('version' as Path<T>, initial.version as PathValue<T, Path<T>>);
  });
  useEffect(() => takeNewVersion(), [initial.version]);
}

/** After a save, the raw form values (not the parsed ones) become the baseline, with the record's new version. */
export function rebase<T extends Versioned, Output extends FieldValues>(
  data: { version: number },
  form: UseFormReturn<T, unknown, Output>,
) {
  form.reset({ ...form.getValues(), version: data.version });
}

function sameFields(a: object, b: object): boolean {
  const strip = ({ version: _version, ...rest }: Record<string, unknown>) => JSON.stringify(rest);
  return strip(a as Record<string, unknown>) === strip(b as Record<string, unknown>);
}
