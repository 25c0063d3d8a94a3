'use client';

import type { Phase } from '@/lib/editions/phases';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { FormAlert } from '@/components/ui/form-alert';
import { failureMessage } from '@/lib/action-result';
import { useRouter } from '@/i18n/navigation';
import {
  archiveEditionAction,
  closeEditionAction,
  deleteDraftEditionAction,
  openEditionAction,
} from '@/server/actions/editions';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/action-result';

type Kind = 'open' | 'close' | 'archive' | 'delete';

const ACTIONS: Record<Kind, (input: unknown) => Promise<ActionResult<unknown>>> = {
  open: openEditionAction,
  close: closeEditionAction,
  archive: archiveEditionAction,
  delete: deleteDraftEditionAction,
};

/** What an edition in `phase` (stored as `status`) can be moved on by from here. */
function statusActionsFor(phase: Phase, canReopen: boolean, applications: number): Kind[] {
  return [
    ...(phase === 'DRAFT' || canReopen ? (['open'] as const) : []),
    ...(phase === 'OPEN' ? (['close'] as const) : []),
    ...(phase === 'DECIDED' ? (['archive'] as const) : []),
    ...(phase === 'DRAFT' && applications === 0 ? (['delete'] as const) : []),
  ];
}

/** Open, close early (which opens the review), archive or throw away an edition; each asks first. */
export function EditionStatusActions({
  id,
  version,
  phase,
  canReopen = false,
  applications,
}: {
  id: string;
  version: number;
  phase: Phase;
  /** Closed early (before closing opened the review) with its deadline still ahead: it may open again. */
  canReopen?: boolean;
  applications: number;
}) {
  const t = useTranslations('editions');
  const tCommon = useTranslations('common');
  const toast = useToast();
  const router = useRouter();
  const [asking, setAsking] = useState<Kind | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const available = statusActionsFor(phase, canReopen, applications);

  function run(kind: Kind) {
    setAsking(null);
    setProblem(null);
    startTransition(async () => {
      const result = await ACTIONS[kind]({ id, version }).catch(() => null);
      if (!result) return setProblem('errors.network');
      // The refusal in words: a rule's own message (e.g. "close it first"), else what the failure code means.
      if (!result.ok) return setProblem(Object.values(result.fieldErrors ?? {})[0] ?? failureMessage(result));
      toast(t(`status.${kind}Done`));
      if (kind === 'delete') router.push('/coordinator/editions');
      else router.refresh();
    });
  }

  if (available.length === 0) return <p className="text-sm text-muted">{t('status.none')}</p>;
  return (
    <div>
      <FormAlert message={problem ?? undefined} />
      <div className="flex flex-wrap gap-2">
        {available.map((kind) => (
          <Button
            key={kind}
            variant={kind === 'open' ? 'primary' : kind === 'delete' ? 'danger' : 'secondary'}
            disabled={pending}
            onClick={() => setAsking(kind)}
          >
            {t(`status.${kind}`)}
          </Button>
        ))}
      </div>
      <Dialog
        open={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`status.${asking}`) : ''}
        closeLabel={tCommon('close')}
      >
        {asking && <p>{t(`status.${asking}Confirm`)}</p>}
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setAsking(null)}>
            {tCommon('cancel')}
          </Button>
          <Button variant={asking === 'delete' ? 'danger' : 'primary'} onClick={() => asking && run(asking)}>
            {asking ? t(`status.${asking}`) : ''}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
