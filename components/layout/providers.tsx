'use client';

import { SessionProvider } from './session';
import { useEffect, type ReactNode } from 'react';
import { ToastProvider } from '@/components/ui/toast';

export function Providers({ children }: { children: ReactNode }) {
  // Marks the page as interactive once React has hydrated it: the e2e suite waits for this before it
  // types, as a person waits for a page to finish loading (on a busy machine that can take seconds).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <SessionProvider>
      <ToastProvider>{children}</ToastProvider>
    </SessionProvider>
  );
}
