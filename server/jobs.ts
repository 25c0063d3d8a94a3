import 'server-only';
import { getEnv } from './env';
import { deliverOutbox } from './mail';
import { SCHEDULED_JOBS } from './scheduled';
import { runIfDue } from './scheduled/run';

let started = false;

/**
 * Background work runs inside the app's process (the embedded database allows no second
 * process). Outbox claims use SKIP LOCKED and scheduled jobs an advisory lock, so several
 * instances share the work safely.
 */
export function startJobs(): void {
  if (started) return;
  started = true;
  const env = getEnv();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      while ((await deliverOutbox()) > 0);
      for (const job of SCHEDULED_JOBS) {
        await runIfDue(job).catch((error) => console.error(`[jobs] ${job.name} failed; retrying when next due`, error));
      }
    } catch (error) {
      console.error('[jobs] outbox delivery failed; retrying next tick', error);
    } finally {
      running = false;
    }
  };
  setInterval(tick, env.OUTBOX_INTERVAL_MS).unref();
  void tick();
}
