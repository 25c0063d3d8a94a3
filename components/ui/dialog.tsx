'use client';

import { useEffect, useRef, type ReactNode } from 'react';

/** Native <dialog>: focus trap, Escape and inert background come from the browser. */
export function Dialog({
  open,
  onClose,
  title,
  children,
  closeLabel,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  closeLabel: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className="m-auto w-[min(32rem,92vw)] rounded-lg p-6 shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="dialog-title" className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 text-xl" aria-label={closeLabel}>
          ×
        </button>
      </div>
      <div className="mt-4">{children}</div>
    </dialog>
  );
}
