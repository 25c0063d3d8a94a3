import { useLocale, useTranslations } from 'next-intl';
import { Minutes } from './minutes';
import { materialTitle, type PairWorkshop } from './pair-types';

/** A done workshop's record: minutes, attendance and ideas per city, materials used. */
export function WorkshopOutcome({
  workshop: w,
  nameA,
  nameB,
}: {
  workshop: PairWorkshop;
  nameA: string;
  nameB: string;
}) {
  const t = useTranslations('workshops.outcome');
  const locale = useLocale();
  const sides = [
    { name: nameA, attendance: w.attendanceA, ideas: w.ideasA },
    { name: nameB, attendance: w.attendanceB, ideas: w.ideasB },
  ];
  return (
    <div className="mt-4 grid gap-3">
      <h3 className="text-lg font-bold">{t('title')}</h3>
      {w.minutes ? <Minutes text={w.minutes} /> : <p className="text-muted">{t('noMinutes')}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        {sides.map((c) => (
          <div key={c.name}>
            <p className="font-bold">{c.name}</p>
            <p>{c.attendance === null ? t('attendanceUnknown') : t('attendanceCount', { count: c.attendance })}</p>
            {c.ideas.length > 0 && (
              <>
                <p className="mt-1 text-sm font-bold">{t('ideasTitle')}</p>
                <ul className="list-disc pl-5">
                  {c.ideas.map((idea) => (
                    <li key={idea}>{idea}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ))}
      </div>
      {w.materials.length > 0 && (
        <div>
          <p className="font-bold">{t('materials')}</p>
          <ul className="list-disc pl-5">
            {w.materials.map((m) => (
              <li key={m.materialId}>{materialTitle(m.material, locale)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
