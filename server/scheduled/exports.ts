import 'server-only';
import { JOB_NAMES } from './names';
import { processExportJobs } from '../exports/pdf-zip';
import type { ScheduledJob } from './run';

/** Picks up export jobs that no request finished (e.g. after a restart). */
export const exportJobs: ScheduledJob = {
  name: JOB_NAMES.exportJobs,
  everyMs: 10_000,
  run: async () => {
    await processExportJobs();
  },
};
