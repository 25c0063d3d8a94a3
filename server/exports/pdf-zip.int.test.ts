import { describe, expect, it } from 'vitest';
import { db, expectAppError, makeActor, seedCities } from '../test/helpers';
import { processExportJobs, requestPdfZip } from './pdf-zip';
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
    const zip = Buffer.from(file.data!);
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
    const names = [...zip.toString('latin1').matchAll(/\d{4}-[a-z-]+-[a-z0-9]+\.pdf/g)].map((m) => m[0]);
    // Each name appears in the local header and in the central directory.
    expect(new Set(names).size).toBe(2);
    expect(names.some((n) => n.includes('kharkiv-nuernberg'))).toBe(true);
    expect(zip.toString('latin1')).toContain('%PDF-');
  });
});
