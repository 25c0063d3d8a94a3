'use client';

import { useOptimistic, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { tickLogisticsAction } from '@/server/actions/workshops';
import { useToast } from '@/components/ui/toast';

export type ChecklistItem = {
  id: string;
  label: string;
  doneBy: string | null;
  /** When it was ticked, already written in the viewer's zone (or the venue's, named). */
  doneAt: string | null;
  canTick: boolean;
};

/** The host city's checklist: its people tick their items, everyone sees who ticked what and when. */
export function Checklist({ title, items }: { title: string; items: ChecklistItem[] }) {
  const t = useTranslations('workshops');
  const toast = useToast();
  const router = useRouter();
  const [pending, start] = useTransition();
  // The box follows the click at once; the refresh afterwards brings who ticked it and when.
  const [ticked, setTicked] = useOptimistic(
    Object.fromEntries(items.map((i) => [i.id, !!i.doneAt])),
    (state: Record<string, boolean>, change: { id: string; done: boolean }) => ({ ...state, [change.id]: change.done }),
  );
  function tick(item: ChecklistItem, done: boolean) {
    start(async () => {
      setTicked({ id: item.id, done });
      const result = await tickLogisticsAction({ itemId: item.id, done });
      if (!result.ok) toast(t('checklist.notAllowed'), 'error');
      else toast(t(done ? 'checklist.ticked' : 'checklist.unticked', { item: item.label }));
      router.refresh();
    });
  }
  return (
    <fieldset className="mt-2">
      <legend className="font-bold">{title}</legend>
      <ul className="mt-1 grid gap-1">
        {items.map((item) => (
          <li key={item.id}>
            <label className="inline-flex items-start gap-2">
              <input
                type="checkbox"
                className="mt-1 h-4 w-4"
                checked={ticked[item.id] ?? false}
                disabled={!item.canTick || pending}
                onChange={(e) => tick(item, e.target.checked)}
              />
              <span>
                {item.label}
                {item.doneAt && (
                  <span className="block text-sm text-muted">
                    {t('checklist.doneBy', { name: item.doneBy ?? '—', when: item.doneAt })}
                  </span>
                )}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
