'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { AutosaveController, type SaveResult } from '@/lib/autosave/autosave-controller';
import { localDraftStore } from '@/lib/autosave/local-draft-store';

export type { SaveState } from '@/lib/autosave/autosave-controller';

type Options<T> = {
  /** Where unsaved values wait on this device (draftStorageKey: per person and form). */
  storageKey: string;
  read: () => T;
  save: (value: T) => Promise<SaveResult>;
  initialSavedAt: Date | null;
};

/**
 * The browser's side of autosave (lib/autosave/autosave-controller.ts holds the rules): saves when
 * the page is hidden or left, tries again when the network is back or the page is shown again.
 */
export function useAutosave<T>({ storageKey, read, save, initialSavedAt }: Options<T>) {
  const [controller] = useState(
    () =>
      new AutosaveController<T>({
        read,
        save,
        store: localDraftStore<T>(() => (typeof window === 'undefined' ? undefined : window.localStorage), storageKey),
        initialSavedAt,
      }),
  );
  useEffect(() => controller.connect({ read, save }));
  const state = useSyncExternalStore(
    controller.subscribe,
    () => controller.current,
    () => controller.current,
  );

  useEffect(() => {
    const online = () => void controller.resume();
    const visibility = () => {
      if (document.visibilityState === 'hidden') void controller.flush();
      else void controller.resume();
    };
    const pageHide = () => void controller.flush();
    // Only when the browser could not keep the values: otherwise the next visit restores them.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!controller.isKeptLocally) e.preventDefault();
    };
    window.addEventListener('online', online);
    document.addEventListener('visibilitychange', visibility);
    window.addEventListener('pagehide', pageHide);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', visibility);
      window.removeEventListener('pagehide', pageHide);
      window.removeEventListener('beforeunload', beforeUnload);
      controller.dispose();
    };
  }, [controller]);

  return {
    state,
    schedule: controller.change,
    flush: controller.flush,
    restore: controller.restore,
    markSignedOut: controller.markSignedOut,
    discard: controller.discard,
  };
}
