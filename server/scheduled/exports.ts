import 'server-only';
import { processExportJobs } from '../exports/pdf-zip';
import type { ScheduledJob } from './run';

/** Picks up export jobs that no request finished (e.g. after a restart). */
export const exportJobs: ScheduledJob = {
  name: 'export-jobs',
  everyMs: 10_000,
  run: async () => {
    await processExportJobs();
  },
};
