import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController, DEBOUNCE_MS, RETRY_MS, type DraftStore, type SaveResult } from './autosave-controller';

type Values = { answer: string };

/** A server whose answers the test gives one by one, and a form the test types into. */
function setup(opts: { initialSavedAt?: Date | null; store?: DraftStore<Values> } = {}) {
  const form: Values = { answer: '' };
  const requests: { value: Values; answer: (result: SaveResult | 'network') => Promise<void> }[] = [];
  const save = vi.fn(
    (value: Values) =>
      new Promise<SaveResult>((resolve, reject) => {
        requests.push({
          value,
          answer: async (result) => {
            if (result === 'network') reject(new TypeError('Failed to fetch'));
            else resolve(result);
            await vi.advanceTimersByTimeAsync(0);
          },
        });
      }),
  );
  const autosave = new AutosaveController<Values>({
    read: () => ({ ...form }),
    save,
    store: opts.store,
    initialSavedAt: opts.initialSavedAt ?? null,
    timers: {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  });
  const seen: string[] = [];
  autosave.subscribe((state) => seen.push(state.kind));
  const type = (text: string) => {
    form.answer = text;
    autosave.change();
  };
  const last = () => requests[requests.length - 1]!;
  return { autosave, form, type, save, requests, last, seen };
}

const ok = (savedAt = '2027-03-01T10:00:00.000Z'): SaveResult => ({ ok: true, data: { savedAt } });
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function memoryStore(): DraftStore<Values> & { kept: Values | null } {
  return {
    kept: null,
    load() {
      return this.kept;
    },
    save(value) {
      this.kept = { ...value };
      return true;
    },
    clear() {
      this.kept = null;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('says "unsaved" the moment a person types, even when an earlier version is saved', () => {
    const { autosave, type, save } = setup({ initialSavedAt: new Date('2027-03-01T09:00:00Z') });
    expect(autosave.current.kind).toBe('saved');
    type('Мы —');
    expect(autosave.current.kind).toBe('unsaved');
    expect(save).not.toHaveBeenCalled();
  });

  it('waits for a pause in typing, says "unsaved" meanwhile, then "saving" while the request runs', async () => {
    const { autosave, type, save } = setup();
    type('Ми');
    await wait(DEBOUNCE_MS - 1);
    type('Ми —');
    await wait(DEBOUNCE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.current.kind).toBe('unsaved');
    await wait(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ answer: 'Ми —' });
    expect(autosave.current.kind).toBe('saving');
  });

  it('says "saved", with the server\'s time, only once the last change is on the server', async () => {
    const { autosave, type, last, seen } = setup({ initialSavedAt: new Date('2027-03-01T09:00:00Z') });
    type('Wir sind');
    await wait(DEBOUNCE_MS);
    expect(autosave.current.kind).toBe('saving');
    await last().answer(ok('2027-03-01T10:00:00.000Z'));
    expect(autosave.current).toEqual({ kind: 'saved', at: new Date('2027-03-01T10:00:00.000Z') });
    expect(seen).toEqual(['unsaved', 'saving', 'saved']);
    expect(autosave.hasUnsavedChanges).toBe(false);
  });

  it('keeps "unsaved" when the person typed while the request ran, and saves the rest next', async () => {
    const { autosave, type, requests, last } = setup();
    type('Перша');
    await wait(DEBOUNCE_MS);
    type('Перша версія');
    expect(autosave.current.kind).toBe('unsaved');
    await last().answer(ok());
    // The server has "Перша", not what is on the screen.
    expect(autosave.current.kind).toBe('unsaved');
    expect(autosave.hasUnsavedChanges).toBe(true);
    await wait(DEBOUNCE_MS);
    expect(requests).toHaveLength(2);
    expect(last().value).toEqual({ answer: 'Перша версія' });
    await last().answer(ok('2027-03-01T10:00:05.000Z'));
    expect(autosave.current).toEqual({ kind: 'saved', at: new Date('2027-03-01T10:00:05.000Z') });
  });

  it('sends one request at a time: a flush during a request waits for it, then sends the latest values', async () => {
    const { autosave, type, requests, last, seen } = setup();
    type('a');
    await wait(DEBOUNCE_MS);
    type('ab');
    const flushed = autosave.flush();
    await wait(0);
    expect(requests).toHaveLength(1);
    await last().answer(ok());
    expect(requests).toHaveLength(2);
    expect(last().value).toEqual({ answer: 'ab' });
    // "a" reached the server while "ab" was on the screen: never "saved" in between.
    expect(seen).not.toContain('saved');
    await last().answer(ok());
    await expect(flushed).resolves.toBe(true);
    expect(autosave.current.kind).toBe('saved');
  });

  it('flushes on demand without waiting for the pause (step change, blur, page hidden)', async () => {
    const { autosave, type, save, last, seen } = setup();
    type('Antwort');
    const flushed = autosave.flush();
    expect(save).toHaveBeenCalledWith({ answer: 'Antwort' });
    await last().answer(ok());
    await expect(flushed).resolves.toBe(true);
    expect(seen).toEqual(['unsaved', 'saving', 'saved']);
    // The debounce that was pending sends nothing more, and a flush with nothing new sends nothing.
    await wait(DEBOUNCE_MS * 2);
    await expect(autosave.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('goes offline when the server cannot be reached, retries with growing waits, then says "saved"', async () => {
    const { autosave, type, requests, last } = setup();
    type('Ответ');
    await wait(DEBOUNCE_MS);
    await last().answer('network');
    expect(autosave.current.kind).toBe('offline');
    // Typing offline keeps saying so and does not cut the back-off short (no request per pause).
    await wait(100);
    type('Ответ без сети');
    expect(autosave.current.kind).toBe('offline');
    await wait(RETRY_MS[0] - 101);
    expect(requests).toHaveLength(1);
    await wait(1);
    expect(requests).toHaveLength(2);
    expect(last().value).toEqual({ answer: 'Ответ без сети' });
    await last().answer({ ok: false, code: 'INTERNAL' });
    expect(autosave.current.kind).toBe('offline');
    await wait(RETRY_MS[1] - 1);
    expect(requests).toHaveLength(2);
    await wait(1);
    expect(requests).toHaveLength(3);
    await last().answer(ok());
    expect(autosave.current.kind).toBe('saved');
  });

  it('tries again at once when a signed-out page is shown again, and never on a timer', async () => {
    const { autosave, type, requests, last } = setup();
    type('x');
    await wait(DEBOUNCE_MS);
    await last().answer({ ok: false, code: 'UNAUTHENTICATED' });
    await wait(RETRY_MS[RETRY_MS.length - 1] * 2);
    expect(requests).toHaveLength(1);
    // Signed in again in another tab, then back to this one.
    void autosave.resume();
    expect(requests).toHaveLength(2);
    await last().answer(ok());
    expect(autosave.current.kind).toBe('saved');
  });

  it("shows a refused draft as invalid, with the server's message, and does not resend it", async () => {
    const { autosave, type, requests, last } = setup();
    type('https://');
    await wait(DEBOUNCE_MS);
    await last().answer({ ok: false, code: 'VALIDATION', fieldErrors: { 'contactSocial.0': 'validation.url' } });
    expect(autosave.current).toEqual({ kind: 'invalid', message: 'validation.url' });
    await autosave.flush();
    await wait(RETRY_MS[RETRY_MS.length - 1]);
    expect(requests).toHaveLength(1);
    type('https://example.org');
    expect(autosave.current.kind).toBe('unsaved');
  });

  it('says "signed out" when the session has ended and stops trying, keeping what was typed on the device', async () => {
    const store = memoryStore();
    const { autosave, type, requests, last } = setup({ store });
    type('до');
    await wait(DEBOUNCE_MS);
    await last().answer({ ok: false, code: 'UNAUTHENTICATED' });
    expect(autosave.current.kind).toBe('signedOut');
    type('до і після');
    await autosave.flush();
    await wait(RETRY_MS[RETRY_MS.length - 1] * 4);
    expect(requests).toHaveLength(1);
    expect(autosave.current.kind).toBe('signedOut');
    expect(store.kept).toEqual({ answer: 'до і після' });
    expect(autosave.isKeptLocally).toBe(true);
  });

  it('keeps every change on the device until the server has it, then removes it', async () => {
    const store = memoryStore();
    const { type, last } = setup({ store });
    type('один');
    expect(store.kept).toEqual({ answer: 'один' });
    await wait(DEBOUNCE_MS);
    type('один два');
    await last().answer(ok());
    expect(store.kept).toEqual({ answer: 'один два' });
    await wait(DEBOUNCE_MS);
    await last().answer(ok());
    expect(store.kept).toBeNull();
  });

  it('puts values kept from an earlier visit back into the form and saves them', async () => {
    const store = memoryStore();
    store.kept = { answer: 'typed while signed out' };
    const { autosave, form, last } = setup({ store, initialSavedAt: new Date('2027-03-01T09:00:00Z') });
    const restored = autosave.restore((kept) => Object.assign(form, kept));
    expect(restored).toBe(true);
    expect(form.answer).toBe('typed while signed out');
    expect(autosave.current.kind).toBe('saving');
    expect(last().value).toEqual({ answer: 'typed while signed out' });
    await last().answer(ok());
    expect(autosave.current.kind).toBe('saved');
    expect(store.kept).toBeNull();
  });
});
