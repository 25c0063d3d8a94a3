'use client';

import { useCallback } from 'react';
import { useTranslations } from 'next-intl';
import type { MessageKey } from '@/lib/i18n/message-key';

/**
 * Translates a key that arrives as a string at run time: a field error from zod or from a server action
 * (`validation.required`, `scheduling.errors.window`, …), which may come from any namespace. A string that
 * is not a key of the catalogue reads as "invalid" rather than showing the raw key to a person. Without a
 * key, the typed fallback is shown (`errorText(result.fieldErrors?._form, 'errors.generic')`), if one is given.
 */
type ErrorText = {
  (key: string | undefined, fallback: MessageKey): string;
  (key: string): string;
  (key: string | undefined): string | undefined;
};

export function useErrorText(): ErrorText {
  // The one translator without a namespace: these keys are whole keys, chosen by the server.
  // eslint-disable-next-line house/translations-namespace
  const t = useTranslations();
  return useCallback(
    (key: string | undefined, fallback?: MessageKey) => {
      if (key === undefined) return fallback === undefined ? undefined : t(fallback);
      const isKey = (k: string): k is MessageKey => t.has(k as MessageKey);
      return t(isKey(key) ? key : 'validation.invalid');
    },
    [t],
  ) as ErrorText;
}
