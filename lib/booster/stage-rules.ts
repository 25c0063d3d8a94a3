/**
 * The programme's rules for the four workshops of a pair, as pure functions: the server enforces
 * them before saving, the pages use them to say what comes next. Errors are message keys.
 */
import { STAGES, type PairStatus, type Stage, type WorkshopFormat, type WorkshopStatus } from '@/lib/enums';
import { startOfDateIn } from '@/lib/time/zoned';
import type { FieldErrors } from '@/lib/action-result';
import type { MessageKey } from '@/lib/i18n/message-key';

export type WorkshopFacts = {
  stage: Stage;
  status: WorkshopStatus;
  startsAt: Date | null;
  endsAt: Date | null;
};

export type EditionWindow = { windowStart: Date; windowEnd: Date };

export type ScheduleProposal = {
  stage: Stage;
  format: WorkshopFormat;
  hostCityId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
};

export type PairCities = { cityAId: string; cityBId: string };

/** The stages that must end before `stage` starts (and be done before it is done). */
export const PREREQUISITES: Record<Stage, Stage[]> = {
  INITIATIVE_A: [],
  INITIATIVE_B: [],
  MATCH_SPRINT: ['INITIATIVE_A', 'INITIATIVE_B'],
  SPRINT_SUCCEED: ['MATCH_SPRINT'],
};

/** The stages that follow others: only they have prerequisites, and only they can be dependants. */
type JointStage = 'MATCH_SPRINT' | 'SPRINT_SUCCEED';

export const DEPENDANTS: Record<Stage, JointStage[]> = {
  INITIATIVE_A: ['MATCH_SPRINT'],
  INITIATIVE_B: ['MATCH_SPRINT'],
  MATCH_SPRINT: ['SPRINT_SUCCEED'],
  SPRINT_SUCCEED: [],
};

export const isJointStage = (stage: Stage): stage is JointStage =>
  stage === 'MATCH_SPRINT' || stage === 'SPRINT_SUCCEED';

/**
 * The window as instants for a venue: from midnight of its first day to midnight after its last day,
 * both read in the venue's local time (a workshop in Moscow may start earlier in UTC than one in Berlin).
 */
export function windowInZone(window: EditionWindow, timeZone: string): { start: Date; end: Date } {
  return { start: startOfDateIn(window.windowStart, timeZone), end: startOfDateIn(window.windowEnd, timeZone, 1) };
}

/** Which city must host a stage, if any; joint stages may be in either city or online. */
export function requiredHostCity(stage: Stage, cities: PairCities): string | null {
  if (stage === 'INITIATIVE_A') return cities.cityAId;
  if (stage === 'INITIATIVE_B') return cities.cityBId;
  return null;
}

const isPlanned = (w: WorkshopFacts | undefined) =>
  !!w && (w.status === 'SCHEDULED' || w.status === 'DONE') && !!w.startsAt && !!w.endsAt;

/** Everything wrong with scheduling `proposal` next to the pair's other workshops; empty when it may be saved. */
export function checkSchedule(
  proposal: ScheduleProposal,
  others: WorkshopFacts[],
  window: EditionWindow,
  cities: PairCities,
): FieldErrors {
  const errors: FieldErrors = {};
  if (proposal.endsAt.getTime() <= proposal.startsAt.getTime()) errors.endsAt = 'scheduling.errors.endBeforeStart';

  const { start, end } = windowInZone(window, proposal.timeZone);
  if (proposal.startsAt < start || proposal.startsAt >= end) errors.startsAt ??= 'scheduling.errors.outsideWindow';
  if (proposal.endsAt > end) errors.endsAt ??= 'scheduling.errors.outsideWindow';

  const required = requiredHostCity(proposal.stage, cities);
  if (required && proposal.hostCityId !== required) errors.hostCityId = 'scheduling.errors.hostCityFixed';
  if (!required) {
    const isEitherCity = proposal.hostCityId === cities.cityAId || proposal.hostCityId === cities.cityBId;
    if (proposal.hostCityId && !isEitherCity) errors.hostCityId = 'scheduling.errors.hostCityFixed';
    if (!proposal.hostCityId && proposal.format !== 'ONLINE') errors.hostCityId = 'scheduling.errors.hostCityRequired';
  }

  const byStage = new Map(others.map((w) => [w.stage, w]));
  const stage = proposal.stage;
  if (isJointStage(stage)) {
    for (const before of PREREQUISITES[stage]) {
      const w = byStage.get(before);
      if (!isPlanned(w) || proposal.startsAt < w!.endsAt!) errors.startsAt ??= `scheduling.errors.needs.${stage}`;
    }
  }
  // Moving an earlier workshop must not overtake a later one already planned.
  for (const after of DEPENDANTS[proposal.stage]) {
    const w = byStage.get(after);
    if (isPlanned(w) && proposal.endsAt > w!.startsAt!) errors.endsAt ??= `scheduling.errors.overlapsLater.${after}`;
  }
  return errors;
}

/** Why a workshop may not be marked done yet (a message key), or null when it may. */
export function checkMarkDone(stage: Stage, status: WorkshopStatus, others: WorkshopFacts[]): MessageKey | null {
  if (status !== 'SCHEDULED') return 'scheduling.errors.notScheduled';
  if (!isJointStage(stage)) return null;
  const byStage = new Map(others.map((w) => [w.stage, w]));
  for (const before of PREREQUISITES[stage]) {
    if (byStage.get(before)?.status !== 'DONE') return `scheduling.errors.doneNeeds.${stage}`;
  }
  return null;
}

export type NextStep =
  | { kind: 'withdrawn' }
  | { kind: 'completed' }
  | { kind: 'schedule'; stage: Stage }
  | { kind: 'hold'; stage: Stage }
  | { kind: 'record'; stage: Stage };

/**
 * What comes next for the pair, and so who has to act: the coordinators schedule or record,
 * the host city prepares a scheduled workshop ("hold").
 */
export function nextStep(pairStatus: PairStatus, workshops: WorkshopFacts[], now: Date): NextStep {
  if (pairStatus === 'WITHDRAWN') return { kind: 'withdrawn' };
  const byStage = new Map(workshops.map((w) => [w.stage, w]));
  for (const stage of STAGES) {
    const w = byStage.get(stage);
    if (!w || w.status === 'DONE') continue;
    if (w.status === 'NOT_SCHEDULED' || w.status === 'CANCELLED') return { kind: 'schedule', stage };
    return w.endsAt && w.endsAt <= now ? { kind: 'record', stage } : { kind: 'hold', stage };
  }
  return { kind: 'completed' };
}

export const AT_RISK_UNSCHEDULED_MS = 8 * 7 * 86_400_000;
export const AT_RISK_CHECKLIST_MS = 7 * 86_400_000;
/** A workshop that ended this long ago and is still only planned has not been recorded. */
export const LATE_RECORD_MS = 2 * 86_400_000;
/** A running pair where nothing has moved for this long needs a call. */
export const INACTIVE_MS = 6 * 7 * 86_400_000;

export type RiskFlag = 'unscheduled-late' | 'checklist-incomplete' | 'planned-in-past' | 'done-without-outcome';

export type OutcomeFacts = { minutes: string | null; attendanceA: number | null; attendanceB: number | null };

/**
 * Late or at-risk flags for one workshop:
 * - still unscheduled with less than eight weeks of the window left (the window's end read in `timeZone`: the
 *   workshop's venue, else its edition's zone);
 * - a host checklist with open items less than a week before it starts, or after it started;
 * - still "planned" two days after it ended: it was held, or not, and nobody recorded which;
 * - marked done without minutes or attendance: nothing says what came of it.
 */
export function riskFlags(
  workshop: WorkshopFacts & OutcomeFacts & { openChecklistItems: number },
  window: EditionWindow,
  timeZone: string,
  now: Date,
): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const { end } = windowInZone(window, timeZone);
  const at = now.getTime();
  if (
    (workshop.status === 'NOT_SCHEDULED' || workshop.status === 'CANCELLED') &&
    end.getTime() - at < AT_RISK_UNSCHEDULED_MS
  ) {
    flags.push('unscheduled-late');
  }
  if (
    workshop.status === 'SCHEDULED' &&
    workshop.startsAt &&
    workshop.openChecklistItems > 0 &&
    workshop.startsAt.getTime() - at <= AT_RISK_CHECKLIST_MS
  ) {
    flags.push('checklist-incomplete');
  }
  if (workshop.status === 'SCHEDULED' && workshop.endsAt && at - workshop.endsAt.getTime() >= LATE_RECORD_MS) {
    flags.push('planned-in-past');
  }
  if (
    workshop.status === 'DONE' &&
    !workshop.minutes?.trim() &&
    workshop.attendanceA === null &&
    workshop.attendanceB === null
  ) {
    flags.push('done-without-outcome');
  }
  return flags;
}

/** Whether a running pair has gone quiet: nothing scheduled, recorded or ticked for six weeks. */
export function isInactive(pairStatus: PairStatus, lastActivity: Date, workshops: WorkshopFacts[], now: Date) {
  if (pairStatus !== 'ACTIVE' || workshops.every((w) => w.status === 'DONE')) return false;
  return now.getTime() - lastActivity.getTime() >= INACTIVE_MS;
}
