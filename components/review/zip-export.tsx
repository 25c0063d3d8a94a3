'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button, buttonClasses } from '@/components/ui/button';

type Job = { id: string; status: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED'; done: number; total: number };

/** Starts the ZIP of all PDFs (built off the request thread) and shows its progress until it can be downloaded. */
export function ZipExport({ callId, initial }: { callId: string; initial: Job | null }) {
  const t = useTranslations('review.exports');
  const [job, setJob] = useState<Job | null>(initial);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!job || job.status === 'DONE' || job.status === 'FAILED') return;
    const timer = setInterval(async () => {
      const res = await fetch(`/api/coordinator/exports/${job.id}`);
      if (res.ok) setJob((await res.json()) as Job);
    }, 1000);
    return () => clearInterval(timer);
  }, [job]);

  async function start() {
    setFailed(false);
    const res = await fetch(`/api/coordinator/editions/${callId}/pdfs`, { method: 'POST' });
    if (!res.ok) return setFailed(true);
    setJob((await res.json()) as Job);
  }

  const busy = job && (job.status === 'PENDING' || job.status === 'RUNNING');
  return (
    <div className="grid gap-2">
      <div>
        <Button variant="secondary" onClick={start} disabled={!!busy}>
          {t('zipStart')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {busy && (
          <>
            <label className="block text-sm" htmlFor="zip-progress">
              {t('zipProgress', { done: job.done, total: job.total })}
            </label>
            <progress id="zip-progress" max={Math.max(job.total, 1)} value={job.done} className="w-64" />
          </>
        )}
        {job?.status === 'DONE' && (
          <a className={buttonClasses('primary')} href={`/api/coordinator/exports/${job.id}?download=1`}>
            {t('zipDownload', { total: job.total })}
          </a>
        )}
        {(failed || job?.status === 'FAILED') && <p className="font-bold text-red-700">{t('zipFailed')}</p>}
      </div>
    </div>
  );
}
