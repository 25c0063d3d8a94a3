import 'server-only';
import type { ScheduledJob } from './run';
import { applicationReminders } from './application-reminders';
import { exportJobs } from './exports';
import { signInCleanup } from './sign-in-cleanup';
import { workshopRemindersJob } from './workshop-reminders';

/**
 * Every scheduled job of the app, run by server/jobs.ts. Add a job in its own file and list it here.
 */
export const SCHEDULED_JOBS: ScheduledJob[] = [applicationReminders, exportJobs, workshopRemindersJob, signInCleanup];
