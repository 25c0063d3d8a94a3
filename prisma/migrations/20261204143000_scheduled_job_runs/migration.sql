-- Runs claimed per scheduled job, across all instances.
ALTER TABLE "ScheduledJobLease" ADD COLUMN "runs" INTEGER NOT NULL DEFAULT 0;
