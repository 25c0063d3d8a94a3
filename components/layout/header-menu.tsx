'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { usePathname } from '@/i18n/navigation';

const PANEL = [
  'w-full flex-col items-start gap-3 border-t border-slate-200 pt-3',
  'xl:flex xl:w-auto xl:flex-1 xl:flex-row xl:flex-wrap xl:items-center xl:justify-between xl:border-0 xl:pt-0',
].join(' ');

type Props = { openLabel: string; closeLabel: string; children: ReactNode };

/**
 * Below 1280 px (a phone, a tablet, a small laptop) the navigation folds behind one menu button instead of
 * wrapping the header into three rows; from the xl breakpoint up, where a coordinator's dozen links fit in two
 * rows, it is always shown and the button is gone. The menu closes on Escape (focus back on the button) and
 * whenever the page changes.
 */
export function HeaderMenu({ openLabel, closeLabel, children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-2 rounded border border-slate-400 px-3 py-1 text-sm font-bold text-brand-900 xl:hidden"
      >
        <span aria-hidden="true">{open ? '✕' : '☰'}</span>
        {open ? closeLabel : openLabel}
      </button>
      <div id={id} className={`${open ? 'flex' : 'hidden'} ${PANEL}`}>
        {children}
      </div>
    </>
  );
}
