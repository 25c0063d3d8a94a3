'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { SaveState } from './use-autosave';

/** The draft's visible save state; announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useTranslations();
  const format = useFormatter();
  let text = '';
  let tone = 'text-muted';
  if (state.kind === 'unsaved') text = t('application.save.unsaved');
  if (state.kind === 'saving') text = t('application.save.saving');
  if (state.kind === 'saved')
    text = t('application.save.saved', { time: format.dateTime(state.at, { timeStyle: 'short' }) });
  if (state.kind === 'offline') {
    text = t('application.save.offline');
    tone = 'text-red-700 font-bold';
  }
  if (state.kind === 'invalid') {
    text = t('application.save.invalid', { reason: t(state.message) });
    tone = 'text-red-700 font-bold';
  }
  if (state.kind === 'signedOut') {
    text = t('application.save.signedOut');
    tone = 'text-red-700 font-bold';
  }
  return (
    <p role="status" aria-live="polite" data-save-state={state.kind} className={`text-sm ${tone}`}>
      {text}
    </p>
  );
}
