/**
 * The scheduled jobs' names, the keys of their lease rows. Plain data without the jobs' code, so a script (the
 * bench's dataset marks every job as run) can name them without loading what the jobs import.
 */
export const JOB_NAMES = {
  applicationReminders: 'application-reminders',
  exportJobs: 'export-jobs',
  signInCleanup: 'sign-in-cleanup',
  workshopReminders: 'workshop-reminders',
} as const;
