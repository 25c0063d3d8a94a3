'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useErrorText } from '@/components/ui/use-error-text';
import { useBrowserTimeZone } from '@/components/ui/use-clock';
import type { SaveState } from './use-autosave';
import { DATE_STYLE } from '@/lib/time/format';

/** The draft's visible save state; announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useTranslations('application');
  const errorText = useErrorText();
  const format = useFormatter();
  // The person's own clock: the browser's zone (unknown while rendering on the server).
  const timeZone = useBrowserTimeZone() ?? undefined;
  let text = '';
  let tone = 'text-muted';
  if (state.kind === 'unsaved') text = t('save.unsaved');
  if (state.kind === 'saving') text = t('save.saving');
  if (state.kind === 'saved')
    text = t('save.saved', { time: format.dateTime(state.at, { ...DATE_STYLE.time, timeZone }) });
  if (state.kind === 'offline') {
    text = t('save.offline');
    tone = 'text-red-700 font-bold';
  }
  if (state.kind === 'invalid') {
    text = t('save.invalid', { reason: errorText(state.message) });
    tone = 'text-red-700 font-bold';
  }
  if (state.kind === 'signedOut') {
    text = t('save.signedOut');
    tone = 'text-red-700 font-bold';
  }
  return (
    <p role="status" aria-live="polite" data-save-state={state.kind} className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
