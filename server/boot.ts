import 'server-only';
import { getEnv } from './env';
import { startJobs } from './jobs';

/** Server start: refuse to run with an incomplete environment, then start background jobs. */
export function boot(): void {
  try {
    getEnv();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  startJobs();
}
