import { CallStatus } from '@/lib/enums';

/**
 * An edition's phases in the order it goes through them, one per stored status:
 * DRAFT → OPEN → CLOSED → REVIEW → DECIDED (decisions published) → ARCHIVED.
 */
export const PHASES = Object.values(CallStatus);
export type Phase = CallStatus;

export type PhaseFacts = {
  status: CallStatus;
  applicationDeadline: Date;
  selectionDate: Date;
  windowEnd: Date;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  reviewOpenedAt: Date | null;
  decisionsPublishedAt: Date | null;
  archivedAt: Date | null;
};

/**
 * The phase an edition is in at `now`. It is the stored status, except that an open edition whose
 * deadline has passed is closed: it takes no more applications, and its review may be opened.
 */
export function currentPhase(call: Pick<PhaseFacts, 'status' | 'applicationDeadline'>, now: Date): Phase {
  if (call.status === 'OPEN' && call.applicationDeadline <= now) return 'CLOSED';
  return call.status;
}

/**
 * When an edition stopped taking applications: the day a coordinator closed it early, else its deadline (a
 * close recorded after the deadline changes nothing: nobody could apply after it).
 */
export function applicationsClosedAt(call: Pick<PhaseFacts, 'applicationDeadline' | 'closedAt'>): Date {
  return call.closedAt && call.closedAt < call.applicationDeadline ? call.closedAt : call.applicationDeadline;
}

export type PhaseStep = {
  phase: Phase;
  state: 'done' | 'current' | 'upcoming';
  /** When the phase began, or for one still to come when it is planned to (null: not planned). */
  at: Date | null;
};

/** When each phase began, as far as it has. A phase that was skipped (never reached) has none. */
function began(call: PhaseFacts, phase: Phase): Date | null {
  switch (phase) {
    case 'DRAFT':
      return call.createdAt;
    case 'OPEN':
      return call.openedAt;
    case 'CLOSED':
      // Closed early, or by the deadline passing; never for an edition that was not opened.
      return call.openedAt || call.closedAt ? applicationsClosedAt(call) : null;
    case 'REVIEW':
      return call.reviewOpenedAt;
    case 'DECIDED':
      return call.decisionsPublishedAt;
    case 'ARCHIVED':
      return call.archivedAt;
  }
}

/** What a phase still to come is planned for: the deadline, the selection date, the window's end. */
function planned(call: PhaseFacts, phase: Phase): Date | null {
  if (phase === 'CLOSED') return call.applicationDeadline;
  if (phase === 'DECIDED') return call.selectionDate;
  if (phase === 'ARCHIVED') return call.windowEnd;
  return null;
}

/** Every phase with its state and date, for the stepper on the edition page. */
export function phaseTimeline(call: PhaseFacts, now: Date): PhaseStep[] {
  const current = PHASES.indexOf(currentPhase(call, now));
  return PHASES.map((phase, i) => {
    if (i > current) return { phase, state: 'upcoming', at: planned(call, phase) };
    return { phase, state: i === current ? 'current' : 'done', at: began(call, phase) };
  });
}
