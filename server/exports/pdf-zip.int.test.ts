import { describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities } from '../test/helpers';
import { processExportJobs, requestPdfZip } from './pdf-zip';
import yauzl from 'yauzl';

/** The entries of a ZIP as an unzip tool reads them: name, contents and modification date. */
function readZip(buffer: Buffer): Promise<{ name: string; data: Buffer; modified: Date }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; data: Buffer; modified: Date }[] = [];
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, data: Buffer.concat(chunks), modified: entry.getLastModDate() });
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
import { getExportJob, getExportJobFile } from '../queries/exports';
import { createApplication, createCall } from '@/prisma/factories';
import { editionDates } from '@/prisma/timeline';

describe('ZIP of all PDFs of an edition', () => {
  it('is built off the request with progress, once per double click, and only for the person who asked', async () => {
    const cities = await seedCities();
    const coordinator = await makeActor({ role: 'COORDINATOR' });
    const other = await makeActor({ role: 'COORDINATOR' });
    const applicant = await makeActor();
    const call = await createCall(db, editionDates(new Date(), 'review'));
    for (const [a, b, status] of [
      ['kharkiv', 'nuernberg', 'SUBMITTED'],
      ['minsk', 'bonn', 'UNDER_REVIEW'],
      ['kiel', 'kaliningrad', 'DRAFT'],
    ] as const) {
      // One application per applicant and edition: each pair has its own applicant.
      const owner = await makeActor();
      await createApplication(db, {
        callId: call.id,
        applicantId: owner.id,
        status,
        applicantCityId: cities[a]!.id,
        partnerCityId: cities[b]!.id,
        submittedAt: new Date(),
      });
    }
    await expectAppError(requestPdfZip(applicant, { callId: call.id }), 'NOT_FOUND');
    const job = await requestPdfZip(coordinator, { callId: call.id });
    expect(await requestPdfZip(coordinator, { callId: call.id })).toMatchObject({ id: job.id });
    expect(job).toMatchObject({ status: 'PENDING', done: 0, total: 2 });

    expect(await processExportJobs()).toBe(1);
    expect(await getExportJob(coordinator, job.id)).toMatchObject({ status: 'DONE', done: 2, total: 2 });
    expect(await getExportJob(other, job.id)).toBeNull();
    const file = (await getExportJobFile(coordinator, job.id))!;
    const entries = await readZip(Buffer.from(file.data!));
    expect(entries.map((e) => e.name)).toHaveLength(2);
    expect(entries.some((e) => e.name.includes('kharkiv-nuernberg'))).toBe(true);
    for (const e of entries) {
      expect(e.name).toMatch(/^\d{4}-[a-z-]+-[a-z0-9]+\.pdf$/);
      expect(e.data.subarray(0, 5).toString()).toBe('%PDF-');
      // Dated when it was made, not 1 January 1980 (the old writer's zero date); ZIP keeps local time to 2 s.
      expect(Math.abs(e.modified.getTime() - Date.now())).toBeLessThan(86_400_000);
    }
  });
});
