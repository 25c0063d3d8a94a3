import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { splitHighlights } from '@/lib/search/toolbox-query';
import { LOCALE_NAMES } from '@/lib/site';
import type { MaterialCard as Card } from '@/server/queries/materials';
import { StageList, useDuration, useGroupSize } from './facts';

/** One search result: title, kind, facts, and the highlighted snippet around the matches. */
export function MaterialCard({ material, headingLevel = 2 }: { material: Card; headingLevel?: 2 | 3 }) {
  const t = useTranslations('toolbox');
  const duration = useDuration()(material.durationMinutes);
  const group = useGroupSize()(material.groupSizeMin, material.groupSizeMax);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-xs font-bold uppercase tracking-wide text-brand-700">{t(`kind.${material.kind}`)}</p>
      <Heading className="mt-1 text-lg font-bold" lang={material.locale}>
        <Link href={`/toolbox/${material.slug}`} className="text-brand-900 underline-offset-2 hover:underline">
          {material.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm" lang={material.locale}>
        {material.summary}
      </p>
      {material.snippet && (
        <p className="mt-2 text-sm text-muted">
          {material.snippetLocale && material.snippetLocale !== material.locale && (
            <span className="font-bold">{t('matchIn', { language: LOCALE_NAMES[material.snippetLocale] })} </span>
          )}
          <span lang={material.snippetLocale}>
            {splitHighlights(material.snippet).map((part, i) =>
              part.isMatch ? (
                <mark key={i} className="rounded bg-yellow-100 px-0.5 text-ink">
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </span>
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span>
          <StageList stages={material.stages} />
        </span>
        {duration && <span>{duration}</span>}
        {group && <span>{group}</span>}
        <span>
          {t('languagesShort')}: {material.locales.map((l) => l.toUpperCase()).join(' · ')}
        </span>
      </p>
      {material.isFallback && (
        <p className="mt-1 text-xs text-muted">{t('shownIn', { language: t(`languageName.${material.locale}`) })}</p>
      )}
    </article>
  );
}
