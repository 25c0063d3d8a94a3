import { describe, expect, it } from 'vitest';
import { applicationsClosedAt, currentPhase, phaseTimeline, type PhaseFacts } from './phases';

const now = new Date();
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const edition = (over: Partial<PhaseFacts>): PhaseFacts => ({
  status: 'DRAFT',
  applicationDeadline: days(40),
  selectionDate: days(70),
  windowEnd: days(360),
  createdAt: days(-20),
  openedAt: null,
  closedAt: null,
  reviewOpenedAt: null,
  decisionsPublishedAt: null,
  archivedAt: null,
  ...over,
});

describe('edition phases', () => {
  it('reads an open edition past its deadline as closed', () => {
    expect(currentPhase(edition({ status: 'OPEN' }), now)).toBe('OPEN');
    expect(currentPhase(edition({ status: 'OPEN', applicationDeadline: days(-1) }), now)).toBe('CLOSED');
    expect(currentPhase(edition({ status: 'REVIEW', applicationDeadline: days(-1) }), now)).toBe('REVIEW');
  });

  it('dates the phases passed, marks the current one and plans the ones to come', () => {
    const open = edition({ status: 'OPEN', openedAt: days(-10) });
    expect(phaseTimeline(open, now)).toEqual([
      { phase: 'DRAFT', state: 'done', at: days(-20) },
      { phase: 'OPEN', state: 'current', at: days(-10) },
      { phase: 'CLOSED', state: 'upcoming', at: days(40) },
      { phase: 'REVIEW', state: 'upcoming', at: null },
      { phase: 'DECIDED', state: 'upcoming', at: days(70) },
      { phase: 'ARCHIVED', state: 'upcoming', at: days(360) },
    ]);
  });

  it('dates a close by the deadline at the deadline, and an early close when it happened', () => {
    const byDeadline = edition({ status: 'OPEN', openedAt: days(-50), applicationDeadline: days(-2) });
    expect(phaseTimeline(byDeadline, now)[2]).toEqual({ phase: 'CLOSED', state: 'current', at: days(-2) });
    const early = edition({ status: 'REVIEW', openedAt: days(-50), closedAt: days(-5), reviewOpenedAt: days(-5) });
    expect(phaseTimeline(early, now).slice(2, 4)).toEqual([
      { phase: 'CLOSED', state: 'done', at: days(-5) },
      { phase: 'REVIEW', state: 'current', at: days(-5) },
    ]);
  });

  it('says applications stopped on the early close, or at the deadline when the close came after it', () => {
    expect(applicationsClosedAt(edition({ closedAt: days(-5), applicationDeadline: days(3) }))).toEqual(days(-5));
    expect(applicationsClosedAt(edition({ closedAt: days(-1), applicationDeadline: days(-4) }))).toEqual(days(-4));
    expect(applicationsClosedAt(edition({ applicationDeadline: days(-4) }))).toEqual(days(-4));
  });
});
