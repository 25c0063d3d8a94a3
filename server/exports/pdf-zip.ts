import 'server-only';
import { assertCan } from '../access';
import { db } from '../db';
import { audit } from '../audit';
import { AppError, parseInput } from '../errors';
import { renderApplicationPdf } from '../pdf/application';
import { buildZip } from './zip';
import { type Actor } from '@/lib/permissions';
import { ZCallIdSchema } from '@/lib/validation/review';

/** Queues the ZIP of an edition's PDFs; a running or waiting job of the same person is reused (double clicks). */
export async function requestPdfZip(actor: Actor, input: unknown) {
  assertCan(actor, 'review:manage');
  const { callId } = parseInput(ZCallIdSchema, input);
  const call = await db.call.findUnique({ where: { id: callId }, select: { id: true } });
  if (!call) throw new AppError('NOT_FOUND');
  const running = await db.exportJob.findFirst({
    where: { callId, requestedById: actor.id, kind: 'pdf-zip', status: { in: ['PENDING', 'RUNNING'] } },
  });
  if (running) return { id: running.id, status: running.status, done: running.done, total: running.total };
  const total = await db.application.count({ where: { callId, status: { not: 'DRAFT' } } });
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({ data: { callId, requestedById: actor.id, kind: 'pdf-zip', total } });
    await audit(tx, actor.id, 'export.requested', ['Call', callId], { after: { kind: 'pdf-zip', jobId: created.id } });
    return created;
  });
  return { id: job.id, status: job.status, done: 0, total };
}

/**
 * Builds waiting ZIP jobs one after another, outside any request: claimed with SKIP LOCKED so that
 * one instance builds each, with progress written after every PDF. Returns how many jobs it finished.
 */
export async function processExportJobs(limit = 3): Promise<number> {
  let finished = 0;
  for (let i = 0; i < limit; i++) {
    const [job] = await db.$queryRaw<{ id: string; callId: string }[]>`
      UPDATE "ExportJob" SET "status" = 'RUNNING'
      WHERE "id" = (SELECT "id" FROM "ExportJob" WHERE "status" = 'PENDING' ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING "id", "callId"`;
    if (!job) break;
    try {
      const apps = await db.application.findMany({
        where: { callId: job.callId, status: { not: 'DRAFT' } },
        orderBy: { submittedAt: 'asc' },
        select: { id: true, applicantCity: { select: { slug: true } }, partnerCity: { select: { slug: true } } },
      });
      await db.exportJob.update({ where: { id: job.id }, data: { total: apps.length } });
      const files: { name: string; data: Buffer }[] = [];
      for (const [n, app] of apps.entries()) {
        const data = await renderApplicationPdf(app.id);
        files.push({
          name: `${String(n + 1).padStart(4, '0')}-${app.applicantCity?.slug ?? 'city'}-${app.partnerCity?.slug ?? 'city'}-${app.id}.pdf`,
          data,
        });
        await db.exportJob.update({ where: { id: job.id }, data: { done: n + 1 } });
        // Let the event loop serve requests between PDFs.
        await new Promise((r) => setImmediate(r));
      }
      const call = await db.call.findUniqueOrThrow({ where: { id: job.callId }, select: { slug: true } });
      await db.exportJob.update({
        where: { id: job.id },
        data: {
          status: 'DONE',
          data: new Uint8Array(await buildZip(files)),
          fileName: `applications-${call.slug}.zip`,
          finishedAt: new Date(),
        },
      });
      finished += 1;
    } catch (error) {
      console.error('[exports] job failed', job.id, error);
      await db.exportJob.update({
        where: { id: job.id },
        data: { status: 'FAILED', error: String((error as Error).message).slice(0, 500), finishedAt: new Date() },
      });
    }
  }
  return finished;
}
