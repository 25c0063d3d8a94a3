'use client';

import { useSyncExternalStore } from 'react';

// One ticking clock for every live island on a page. The server's render (and hydration) uses the time the
// server rendered at, so the HTML matches; the browser's own clock takes over right after.

const SECOND = 1000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = 0;

/** The current second: equal across the calls React makes within one render. */
const currentSecond = () => Math.floor(Date.now() / SECOND) * SECOND;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = currentSecond();
    timer = setInterval(() => {
      now = currentSecond();
      for (const l of listeners) l();
    }, SECOND);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Milliseconds since the epoch, to the second; `renderedAt` (the server's clock) until hydration is done. */
export function useClock(renderedAt: number): number {
  return useSyncExternalStore(
    subscribe,
    () => (timer ? now : currentSecond()),
    () => renderedAt,
  );
}

const never = () => () => {};

/** The browser's time zone; null on the server and during hydration. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(
    never,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}
