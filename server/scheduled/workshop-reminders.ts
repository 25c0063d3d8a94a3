import 'server-only';
import { JOB_NAMES } from './names';
import { db } from '../db';
import { queueWorkshopMail } from '../services/workshop-mail';
import type { ScheduledJob } from './run';

const WEEK_MS = 7 * 86_400_000;

/**
 * A week before a workshop, its pair's people and facilitators get a reminder. The dedupe key holds
 * the start time, so a moved workshop is reminded again and a repeated run sends nothing twice.
 */
export async function sendWorkshopReminders(now: Date): Promise<number> {
  const due = await db.workshop.findMany({
    where: {
      status: 'SCHEDULED',
      pair: { status: 'ACTIVE' },
      startsAt: { gt: now, lte: new Date(now.getTime() + WEEK_MS) },
    },
    select: { id: true, startsAt: true },
  });
  for (const w of due)
    await db.$transaction((tx) => queueWorkshopMail(tx, w.id, 'reminder', `${w.id}:${w.startsAt!.toISOString()}`));
  return due.length;
}

export const workshopRemindersJob: ScheduledJob = {
  name: JOB_NAMES.workshopReminders,
  everyMs: 15 * 60_000,
  run: async (now) => {
    await sendWorkshopReminders(now);
  },
};
