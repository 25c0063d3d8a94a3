import { useTranslations } from 'next-intl';

const STAGES = ['INITIATIVE_A', 'INITIATIVE_B', 'MATCH_SPRINT', 'SPRINT_SUCCEED'] as const;

/**
 * The four workshops as a picture: two initiative workshops side by side (one per city),
 * joining into Match & Sprint, then Sprint & Succeed.
 */
export function StageSequence() {
  const t = useTranslations('stages');
  return (
    <figure className="my-6">
      <ol className="grid gap-3 md:grid-cols-[1fr_auto_1fr_auto_1fr]" aria-label={t('sequenceLabel')}>
        <li className="grid gap-3">
          {STAGES.slice(0, 2).map((stage, i) => (
            <StageCard key={stage} number={i + 1} title={t(`${stage}.title`)} body={t(`${stage}.body`)} tone="city" />
          ))}
        </li>
        <li aria-hidden="true" className="hidden self-center text-3xl text-brand-600 md:block">
          →
        </li>
        <li className="self-center">
          <StageCard number={3} title={t('MATCH_SPRINT.title')} body={t('MATCH_SPRINT.body')} tone="joint" />
        </li>
        <li aria-hidden="true" className="hidden self-center text-3xl text-brand-600 md:block">
          →
        </li>
        <li className="self-center">
          <StageCard number={4} title={t('SPRINT_SUCCEED.title')} body={t('SPRINT_SUCCEED.body')} tone="joint" />
        </li>
      </ol>
      <figcaption className="mt-2 text-sm text-muted">{t('sequenceCaption')}</figcaption>
    </figure>
  );
}

function StageCard({ number, title, body, tone }: { number: number; title: string; body: string; tone: 'city' | 'joint' }) {
  return (
    <div className={`rounded-lg border-2 p-4 ${tone === 'joint' ? 'border-brand-600 bg-brand-50' : 'border-slate-300 bg-white'}`}>
      <p className="flex items-center gap-2 font-bold">
        <span className="inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-700 text-sm text-white">{number}</span>
        {title}
      </p>
      <p className="mt-2 text-sm text-muted">{body}</p>
    </div>
  );
}
