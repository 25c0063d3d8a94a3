import 'server-only';
import { db } from '../db';

export type OpenCall = { id: string; slug: string; year: number; applicationDeadline: Date; status: 'OPEN' };

/** The edition accepting applications now: open and before its deadline (the earliest, if several). */
export async function findOpenCall(now = new Date()): Promise<OpenCall | null> {
  const call = await db.call.findFirst({
    where: { status: 'OPEN', applicationDeadline: { gt: now } },
    orderBy: { applicationDeadline: 'asc' },
    select: { id: true, slug: true, year: true, applicationDeadline: true },
  });
  return call ? { ...call, status: 'OPEN' } : null;
}

/** Whether an edition still takes submissions: open and before its deadline. */
export async function isCallAcceptingApplications(callId: string, now = new Date()): Promise<boolean> {
  const call = await db.call.findUnique({ where: { id: callId }, select: { status: true, applicationDeadline: true } });
  return !!call && call.status === 'OPEN' && call.applicationDeadline > now;
}
