import { getFormatter } from 'next-intl/server';
import { StageList } from '@/components/toolbox/facts';
import type { getMaterialUsage } from '@/server/queries/materials';
import { DATE_STYLE } from '@/lib/time/format';

type Usage = Awaited<ReturnType<typeof getMaterialUsage>>;

/** The workshops that used a material, of the pairs the reader may follow: cities, stage, day. */
export async function MaterialUsageList({ usage }: { usage: Usage }) {
  if (usage.length === 0) return null;
  const format = await getFormatter();
  return (
    <ul className="mt-1 grid gap-1 text-sm">
      {usage.map((p) => (
        <li key={`${p.pairId}-${p.stage}`}>
          {p.cities} · <StageList stages={[p.stage]} />
          {p.startsAt && p.venueZone && (
            <> · {format.dateTime(p.startsAt, { ...DATE_STYLE.day, timeZone: p.venueZone })}</>
          )}
        </li>
      ))}
    </ul>
  );
}
