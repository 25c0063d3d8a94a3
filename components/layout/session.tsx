'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ClientSession } from '@/lib/session-user';

type SessionState = { data: ClientSession | null; status: 'loading' | 'authenticated' | 'unauthenticated' };

const SessionContext = createContext<SessionState>({ data: null, status: 'loading' });

/**
 * Who is signed in, for the few client islands that need it (the header, the author's edit link). It asks
 * next-auth's own endpoint once per page load, as next-auth/react's SessionProvider does, without shipping
 * that library (10 KB gzipped on every page, issue 15): the pages around it stay static.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ data: null, status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch('/api/auth/session', { credentials: 'same-origin', headers: { 'Content-Type': 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((data: ClientSession | null) => {
        // next-auth answers {} when nobody is signed in.
        const session = data && Object.keys(data).length > 0 ? data : null;
        if (live) setState({ data: session, status: session?.user ? 'authenticated' : 'unauthenticated' });
      });
    return () => {
      live = false;
    };
  }, []);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** Signs out through next-auth's endpoint (with its CSRF token), then goes to `callbackUrl`. */
export async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await fetch('/api/auth/csrf').then((r) => r.json())) as { csrfToken: string };
  const response = await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: 'true' }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
