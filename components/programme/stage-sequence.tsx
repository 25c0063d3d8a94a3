import { useTranslations } from 'next-intl';

type Place = 'cityA' | 'cityB' | 'joint';

const STAGES = [
  { stage: 'INITIATIVE_A', place: 'cityA', area: 'md:col-start-1 md:row-start-1' },
  { stage: 'INITIATIVE_B', place: 'cityB', area: 'md:col-start-1 md:row-start-2' },
  { stage: 'MATCH_SPRINT', place: 'joint', area: 'md:col-start-3 md:row-span-2 md:row-start-1' },
  { stage: 'SPRINT_SUCCEED', place: 'joint', area: 'md:col-start-5 md:row-span-2 md:row-start-1' },
] as const;

/**
 * The four workshops as a picture: the two initiative workshops run side by side, one in each city,
 * their lines merge into Match & Sprint, then Sprint & Succeed follows. One ordered list, so screen
 * readers hear the same sequence the picture shows; the connectors are decoration.
 * With `window`, a bar underneath says that all four fall inside the edition's workshop window.
 */
export function StageSequence({ window }: { window?: { start: string; end: string } }) {
  const t = useTranslations('stages');
  const tc = useTranslations('call.sequence');
  return (
    <figure className="my-6">
      <ol
        aria-label={t('sequenceLabel')}
        className="grid gap-4 md:grid-cols-[minmax(0,1fr)_3rem_minmax(0,1fr)_3rem_minmax(0,1fr)] md:grid-rows-2 md:gap-x-0"
      >
        {STAGES.map(({ stage, place, area }, i) => (
          <li key={stage} className={`relative flex flex-col ${area} ${place === 'joint' ? 'md:justify-center' : ''}`}>
            {place === 'joint' && <Connector merge={i === 2} />}
            <StageCard
              number={i + 1}
              title={t(`${stage}.title`)}
              body={t(`${stage}.body`)}
              place={place}
              placeLabel={tc(place)}
            />
          </li>
        ))}
      </ol>
      {window && (
        <div className="mt-4">
          <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full bg-slate-200">
            <span className="w-1/2 bg-slate-400" />
            <span className="w-1/4 bg-brand-600" />
            <span className="w-1/4 bg-brand-900" />
          </div>
          <p className="mt-2 text-sm font-bold">{tc('window', window)}</p>
        </div>
      )}
      <figcaption className="mt-2 text-sm text-muted">{t('sequenceCaption')}</figcaption>
    </figure>
  );
}

/** Lines into a joint workshop: two merging ones (from both cities) or one straight arrow. */
function Connector({ merge }: { merge: boolean }) {
  return (
    <>
      <span aria-hidden="true" className="mb-2 self-center text-2xl leading-none text-brand-600 md:hidden">
        ↓
      </span>
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 48 100"
        preserveAspectRatio="none"
        className="absolute top-0 -left-12 hidden h-full w-12 text-brand-600 md:block"
      >
        {merge ? (
          <path
            d="M2 25 C 24 25, 24 50, 40 50 M2 75 C 24 75, 24 50, 40 50"
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
            vectorEffect="non-scaling-stroke"
          />
        ) : (
          <path d="M4 50 L 40 50" fill="none" stroke="currentColor" strokeWidth="3" vectorEffect="non-scaling-stroke" />
        )}
        <path d="M38 44 L 47 50 L 38 56 Z" fill="currentColor" />
      </svg>
    </>
  );
}

const PLACE_STYLE: Record<Place, { card: string; chip: string; icon: string }> = {
  cityA: { card: 'border-slate-300 bg-white', chip: 'bg-slate-100 text-ink', icon: 'A' },
  cityB: { card: 'border-slate-300 bg-white', chip: 'bg-slate-100 text-ink', icon: 'B' },
  joint: { card: 'border-brand-600 bg-brand-50', chip: 'bg-brand-700 text-white', icon: 'A+B' },
};

function StageCard({
  number,
  title,
  body,
  place,
  placeLabel,
}: {
  number: number;
  title: string;
  body: string;
  place: Place;
  placeLabel: string;
}) {
  const style = PLACE_STYLE[place];
  return (
    <div className={`rounded-lg border-2 p-4 ${style.card}`}>
      <p className="flex items-center gap-2 font-bold">
        <span className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm text-white">
          {number}
        </span>
        {title}
      </p>
      <p className={`mt-2 inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-bold ${style.chip}`}>
        <span aria-hidden="true">{style.icon} ·</span>
        {placeLabel}
      </p>
      <p className="mt-2 text-sm text-muted">{body}</p>
    </div>
  );
}
