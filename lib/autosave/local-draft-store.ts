import type { DraftStore } from './autosave-controller';

/** The part of the Web Storage API used here, so tests can pass a Map-backed one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Envelope<T> = { v: 1; keptAt: string; values: T };

/** One key per person and form, so that someone else signing in on the same browser never gets them. */
export function draftStorageKey(form: string, userId: string, id: string): string {
  return `twincity:draft:${form}:${userId}:${id}`;
}

/**
 * Unsaved values in the browser's storage. Storage may be missing, full or switched off (private
 * modes): then nothing is kept and `save` says so, and the page warns before it is left instead.
 */
export function localDraftStore<T>(storage: () => KeyValueStorage | undefined, key: string): DraftStore<T> {
  const get = () => {
    try {
      return storage();
    } catch {
      return undefined;
    }
  };
  return {
    load() {
      try {
        const raw = get()?.getItem(key);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Partial<Envelope<T>> | null;
        return parsed && parsed.v === 1 && parsed.values && typeof parsed.values === 'object' ? parsed.values : null;
      } catch {
        return null;
      }
    },
    save(values) {
      const target = get();
      if (!target) return false;
      try {
        target.setItem(key, JSON.stringify({ v: 1, keptAt: new Date().toISOString(), values } satisfies Envelope<T>));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        get()?.removeItem(key);
      } catch {
        // Nothing to do: the next visit finds values the server already has and saves them again.
      }
    },
  };
}
