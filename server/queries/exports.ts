import 'server-only';
import { db } from '../db';
import type { Actor } from '@/lib/permissions';

/** A person's own export jobs only: someone else's download looks like one that does not exist. */
export async function getExportJob(actor: Actor, id: string) {
  return db.exportJob.findFirst({
    where: { id, requestedById: actor.id },
    select: { id: true, status: true, done: true, total: true, fileName: true, callId: true },
  });
}

export async function getExportJobFile(actor: Actor, id: string) {
  return db.exportJob.findFirst({
    where: { id, requestedById: actor.id, status: 'DONE' },
    select: { fileName: true, data: true },
  });
}

export async function getLatestExportJob(actor: Actor, callId: string) {
  return db.exportJob.findFirst({
    where: { callId, requestedById: actor.id, kind: 'pdf-zip' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, done: true, total: true },
  });
}
