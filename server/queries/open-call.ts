import 'server-only';
import { db } from '../db';

/** Whether an edition still takes submissions: open and before its deadline. */
export async function isCallAcceptingApplications(callId: string, now = new Date()): Promise<boolean> {
  const call = await db.call.findUnique({ where: { id: callId }, select: { status: true, applicationDeadline: true } });
  return !!call && call.status === 'OPEN' && call.applicationDeadline > now;
}
