import type { ActionResult, ErrorCode } from '@/lib/action-result';

/**
 * What the page may say about a draft. "saved" means the server has the person's last change;
 * anything typed since makes it "unsaved" again, even while a request is on its way.
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'invalid'; message: string }
  | { kind: 'signedOut' };

export type SaveResult = ActionResult<{ savedAt: string | Date }>;

/** Keeps the unsaved values on this device until the server has them (see local-draft-store.ts). */
export interface DraftStore<T> {
  load(): T | null;
  /** False when the device would not keep them (storage full or switched off). */
  save(value: T): boolean;
  clear(): void;
}

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type AutosaveOptions<T> = {
  /** A snapshot of the current values (not a live reference: typing goes on while a request runs). */
  read: () => T;
  /** Resolves with the action's result; rejects when the server could not be reached. */
  save: (value: T) => Promise<SaveResult>;
  store?: DraftStore<T>;
  timers?: Timers;
  initialSavedAt?: Date | null;
  debounceMs?: number;
  retryMs?: readonly number[];
};

export const DEBOUNCE_MS = 800;
export const RETRY_MS = [2_000, 5_000, 10_000, 30_000] as const;

/** The server understood and refused these values: sending them again would not help. */
const REFUSED: readonly ErrorCode[] = ['VALIDATION', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN'];

const browserTimers: Timers = {
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The autosave state machine, free of React and of the browser so that it can be tested with fake
 * timers. Changes are counted: a save that succeeds confirms the change count it started with, and
 * only when nothing came after it is the draft "saved". One request at a time, the latest values win.
 */
export class AutosaveController<T> {
  private state: SaveState;
  private readonly listeners = new Set<(state: SaveState) => void>();
  private readonly timers: Timers;
  private readonly debounceMs: number;
  private readonly retryMs: readonly number[];
  private revision = 0;
  private savedRevision = 0;
  /** The change the server refused (invalid), so a blur does not send it again. */
  private refusedRevision: number | null = null;
  private timer: unknown = undefined;
  private inFlight: Promise<boolean> | null = null;
  private failures = 0;
  private keptLocally = true;
  private source: Pick<AutosaveOptions<T>, 'read' | 'save'>;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.timers = options.timers ?? browserTimers;
    this.debounceMs = options.debounceMs ?? DEBOUNCE_MS;
    this.retryMs = options.retryMs ?? RETRY_MS;
    this.state = options.initialSavedAt ? { kind: 'saved', at: options.initialSavedAt } : { kind: 'idle' };
    this.source = { read: options.read, save: options.save };
  }

  /** Reads and saves through newer functions from now on (a component's closures change on every render). */
  connect(source: Pick<AutosaveOptions<T>, 'read' | 'save'>): void {
    this.source = source;
  }

  get current(): SaveState {
    return this.state;
  }

  get hasUnsavedChanges(): boolean {
    return this.revision !== this.savedRevision;
  }

  /** Whether the unsaved values are on this device, so leaving the page loses nothing. */
  get isKeptLocally(): boolean {
    return !this.hasUnsavedChanges || this.keptLocally;
  }

  subscribe = (listener: (state: SaveState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The person changed something: say so at once, keep it on the device, save after a pause. */
  change = (): void => {
    this.revision += 1;
    this.keptLocally = this.options.store ? this.options.store.save(this.source.read()) : false;
    // Signed out, nothing is sent until the person is back; offline, the pending retry takes the latest values.
    if (this.state.kind === 'signedOut') return;
    if (this.state.kind === 'offline' && this.timer !== undefined) return;
    this.set({ kind: 'unsaved' });
    this.arm(this.debounceMs);
  };

  /** Saves now and resolves true once the server has every change (step change, blur, page hidden). */
  flush = (): Promise<boolean> => this.drain(true, false);

  /** The network is back or the page is shown again: try now rather than after the back-off. */
  resume = (): Promise<boolean> => {
    if (this.state.kind !== 'offline' && this.state.kind !== 'signedOut')
      return Promise.resolve(!this.hasUnsavedChanges);
    // Signed in again in another tab? One attempt tells.
    return this.drain(true, this.state.kind === 'signedOut');
  };

  /** Another request of the page found the session gone. */
  markSignedOut = (): void => {
    this.disarm();
    this.set({ kind: 'signedOut' });
  };

  /**
   * Values kept on this device from an earlier visit (signed out, offline, tab closed) go back into
   * the form and are saved. Returns whether there were any.
   */
  restore = (apply: (kept: T) => void): boolean => {
    const kept = this.options.store?.load();
    if (kept == null) return false;
    apply(kept);
    this.change();
    void this.flush();
    return true;
  };

  /** The draft was deleted on the server: nothing left to save or keep. */
  discard = (): void => {
    this.disarm();
    this.options.store?.clear();
    this.savedRevision = this.revision;
    this.set({ kind: 'idle' });
  };

  dispose = (): void => {
    this.disarm();
  };

  private async drain(explicit: boolean, retrySignedOut: boolean): Promise<boolean> {
    this.disarm();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.hasUnsavedChanges) return true;
      // Typed again since this (debounced) save began: the new pause decides when to send.
      if (!explicit && this.timer !== undefined) return false;
      if (this.state.kind === 'signedOut' && !retrySignedOut) return false;
      if (this.refusedRevision === this.revision) return false;
      retrySignedOut = false;
      this.disarm();
      this.inFlight = this.send().finally(() => {
        this.inFlight = null;
      });
      if (!(await this.inFlight)) return false;
    }
  }

  private async send(): Promise<boolean> {
    const revision = this.revision;
    const value = this.source.read();
    this.set({ kind: 'saving' });
    let result: SaveResult;
    try {
      result = await this.source.save(value);
    } catch {
      return this.retryLater();
    }
    const isLatest = this.revision === revision;
    if (result.ok) {
      this.failures = 0;
      this.savedRevision = revision;
      if (isLatest) {
        this.options.store?.clear();
        this.set({ kind: 'saved', at: new Date(result.data.savedAt) });
      } else {
        this.set({ kind: 'unsaved' });
      }
      return true;
    }
    if (result.code === 'UNAUTHENTICATED') {
      // Retrying cannot help; what was typed stays on the device until the person signs in again.
      this.markSignedOut();
      return false;
    }
    if (REFUSED.includes(result.code)) {
      this.refusedRevision = revision;
      this.set(
        isLatest
          ? { kind: 'invalid', message: Object.values(result.fieldErrors ?? {})[0] ?? 'errors.generic' }
          : { kind: 'unsaved' },
      );
      return false;
    }
    // RATE_LIMITED, INTERNAL: the server is there but cannot take it now.
    return this.retryLater();
  }

  private retryLater(): false {
    this.set({ kind: 'offline' });
    const wait = this.retryMs[Math.min(this.failures, this.retryMs.length - 1)] ?? DEBOUNCE_MS;
    this.failures += 1;
    this.arm(wait);
    return false;
  }

  private arm(ms: number) {
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.drain(false, false);
    }, ms);
  }

  private disarm() {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private set(state: SaveState) {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
