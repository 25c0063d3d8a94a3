'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { saveDraftAction } from '@/server/actions/applications';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'invalid'; message: string };

const DEBOUNCE_MS = 800;
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

/**
 * Saves the draft on the server as the person types: debounced, one request at a time, the latest
 * values win. When the network or the server is gone it keeps retrying (and on the browser's
 * "online" event); "saved" is shown only after the server said so.
 */
export function useAutosave(callId: string, read: () => unknown, initialSavedAt: Date | null) {
  const [state, setState] = useState<SaveState>(initialSavedAt ? { kind: 'saved', at: initialSavedAt } : { kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  const failures = useRef(0);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
      if (!dirty.current) return true;
    }
    if (!dirty.current) return true;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await saveDraftAction({ callId, data: read() });
        if (result.ok) {
          failures.current = 0;
          setState({ kind: 'saved', at: new Date(result.data.savedAt) });
          return true;
        }
        if (result.code === 'VALIDATION' || result.code === 'CONFLICT') {
          const message = Object.values(result.fieldErrors ?? {})[0] ?? 'errors.generic';
          setState({ kind: 'invalid', message });
          return false;
        }
        throw new Error(result.code);
      } catch {
        // Network down or server restarting: keep the change and try again.
        dirty.current = true;
        setState({ kind: 'offline' });
        const wait = RETRY_MS[Math.min(failures.current, RETRY_MS.length - 1)];
        failures.current += 1;
        timer.current = setTimeout(() => void flush(), wait);
        return false;
      }
    })();
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    if (dirty.current && ok) return flush();
    return ok;
  }, [callId, read]);

  const schedule = useCallback(() => {
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush]);

  useEffect(() => {
    const online = () => void flush();
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current || inFlight.current) e.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return { state, schedule, flush };
}
