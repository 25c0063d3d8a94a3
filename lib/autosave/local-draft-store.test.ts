import { describe, expect, it } from 'vitest';
import { draftStorageKey, localDraftStore, type KeyValueStorage } from './local-draft-store';

function memory(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('local draft store', () => {
  it('keeps values per person and form, and removes them', () => {
    const storage = memory();
    const mine = localDraftStore<{ answer: string }>(() => storage, draftStorageKey('application', 'user-1', 'call-1'));
    const theirs = localDraftStore<{ answer: string }>(
      () => storage,
      draftStorageKey('application', 'user-2', 'call-1'),
    );
    expect(mine.save({ answer: 'Привіт' })).toBe(true);
    expect(mine.load()).toEqual({ answer: 'Привіт' });
    expect(theirs.load()).toBeNull();
    mine.clear();
    expect(mine.load()).toBeNull();
  });

  it('says so when the browser keeps nothing (storage switched off or full), and reads broken entries as nothing', () => {
    const off = localDraftStore(() => {
      throw new DOMException('denied', 'SecurityError');
    }, 'k');
    expect(off.save({ a: 1 })).toBe(false);
    expect(off.load()).toBeNull();
    const full = localDraftStore(
      () => ({
        ...memory(),
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      }),
      'k',
    );
    expect(full.save({ a: 1 })).toBe(false);
    const storage = memory();
    storage.map.set('k', '{not json');
    expect(localDraftStore(() => storage, 'k').load()).toBeNull();
    storage.map.set('k', JSON.stringify({ v: 0, values: { a: 1 } }));
    expect(localDraftStore(() => storage, 'k').load()).toBeNull();
  });
});
