import { useTranslations } from 'next-intl';
import type { RiskFlag } from '@/lib/booster/stage-rules';

/** A workshop's late or at-risk flags, each a warning line; nothing when there are none. */
export function RiskFlags({ flags, className = '' }: { flags: RiskFlag[]; className?: string }) {
  const t = useTranslations('scheduling.risk');
  if (flags.length === 0) return null;
  return (
    <ul className={`grid gap-1 font-bold text-red-800 ${className}`}>
      {flags.map((f) => (
        <li key={f}>
          <span aria-hidden="true">⚠ </span>
          {t(f)}
        </li>
      ))}
    </ul>
  );
}
