import type { PairStatus, Stage } from '@/lib/enums';
import { workshopZone } from '@/lib/time/format';
import {
  isInactive,
  riskFlags,
  type EditionWindow,
  type OutcomeFacts,
  type RiskFlag,
  type WorkshopFacts,
} from './stage-rules';

/** What the lateness rules read of a pair: its edition's window, its workshops and what was last done. */
export type PairLatenessFacts = {
  status: PairStatus;
  createdAt: Date;
  call: EditionWindow & { deadlineTimeZone: string };
  workshops: (WorkshopFacts &
    OutcomeFacts & {
      updatedAt: Date;
      timeZone: string | null;
      hostCity?: { timeZone: string } | null;
      logistics: { doneAt: Date | null }[];
    })[];
};

export type PairLateness = {
  /** A running pair where nothing has moved for six weeks. */
  inactive: boolean;
  /** Each existing workshop's late or at-risk flags, by stage (none for a pair that is not running). */
  flags: Map<Stage, RiskFlag[]>;
};

/** The last thing anyone did for the pair: a workshop saved, a checklist item ticked, or the pair itself. */
export function lastActivityOf(pair: PairLatenessFacts): Date {
  return new Date(
    Math.max(
      pair.createdAt.getTime(),
      ...pair.workshops.map((w) => w.updatedAt.getTime()),
      ...pair.workshops.flatMap((w) => w.logistics.map((l) => l.doneAt?.getTime() ?? 0)),
    ),
  );
}

/** One rule for what is late about a pair, read by the booster overview and the pair page alike. */
export function pairLateness(pair: PairLatenessFacts, now: Date): PairLateness {
  const flags = new Map<Stage, RiskFlag[]>();
  for (const w of pair.workshops) {
    const openChecklistItems = w.logistics.filter((l) => !l.doneAt).length;
    // A workshop not yet placed anywhere reads the window in its edition's zone.
    const windowZone = workshopZone(w) ?? pair.call.deadlineTimeZone;
    flags.set(
      w.stage,
      pair.status === 'ACTIVE' ? riskFlags({ ...w, openChecklistItems }, pair.call, windowZone, now) : [],
    );
  }
  return { inactive: isInactive(pair.status, lastActivityOf(pair), pair.workshops, now), flags };
}
