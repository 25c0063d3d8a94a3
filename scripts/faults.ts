#!/usr/bin/env tsx
// `npm run test:faults`: two app instances on a PostgreSQL cluster of their own, simulated applicants
// autosaving drafts and sending invitations through the real server actions, and the cluster killed with -9
// in the middle and started again. Afterwards it checks that nothing acknowledged was lost and nothing was
// sent twice, prints its counts, and exits non-zero on any loss (docs/faults.md).
//
//   --seconds N      how long the applicants work (120)
//   --applicants N   how many (100)
//   --short          the variant `npm test` runs: 20 s, 20 applicants, one restart
//
// It needs a production build (`next build`), PostgreSQL's server binaries (initdb, pg_ctl) and root or the
// postgres user.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { bin, buildIsStale, clearDataCache, freePorts, run, seed } from './lib.mjs';
import { freshMigratedDatabase } from './test-db.mjs';
import { createCluster, type Cluster } from './faults/cluster';
import { startInstance, type Instance } from './faults/instances';
import { actionId, callAction, type ActionAnswer } from './faults/actions';
import { startSmtpSink, type SunkMail } from '../e2e/support/smtp-sink';
import { JOB_NAMES } from '../server/scheduled/names';

const args = process.argv.slice(2);
const short = args.includes('--short');
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const SECONDS = option('seconds', short ? 20 : 120);
const APPLICANTS = option('applicants', short ? 20 : 100);
const SAVE_EVERY_MS = short ? 2_000 : 4_000;
const INVITE_EVERY = short ? 2 : 4; // every n-th save is followed by an invitation
// Longer than the pool's patience (server/db-pool.ts: about 8 s of retried connects), so that some requests
// wait it out and succeed while others give up and must say so.
const DOWN_MS = short ? 10_000 : 15_000;
const JOBS_PERIOD_MS = short ? 1_500 : 3_000;
const LEASE_MS = 5_000;
const DRAIN_MS = 90_000;

const log = (...parts: unknown[]) => console.log('[faults]', ...parts);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outage = { killedAt: number; restartingAt: number; upAt: number };
type Save = { applicant: number; n: number; instance: string; answer: ActionAnswer; version?: number };

async function main() {
  const started = Date.now();
  if (buildIsStale()) {
    log('building the app');
    await run(bin('next'), ['build'], { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  }
  clearDataCache();
  const [pgPort, smtpPort, appPort] = await Promise.all([
    freePorts(55432, [0], 1),
    freePorts(2625, [0], 1),
    freePorts(3700, [0, 1]),
  ]);
  const cluster = createCluster(pgPort);
  const instances: Instance[] = [];
  let sink: { stop: () => Promise<void> } | undefined;
  const cleanup = () => {
    for (const i of instances) if (i.child.exitCode === null) i.child.kill('SIGKILL');
    cluster.destroy();
    // The instances kept reads of this run's library; a server started next on another database must not see them.
    clearDataCache();
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const failures = await exercise(cluster, instances, smtpPort, appPort, (s) => (sink = s), started);
    await sink?.stop();
    for (const i of instances) i.child.kill('SIGTERM');
    if (failures.length) {
      for (const i of instances) console.error(`\n[faults] last lines of instance ${i.name}:\n${i.tail(40)}`);
      console.error(`\n[faults] FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
      process.exitCode = 1;
    } else log(`passed in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    cleanup();
  }
}

async function exercise(
  cluster: Cluster,
  instances: Instance[],
  smtpPort: number,
  appPort: number,
  keepSink: (sink: { stop: () => Promise<void> }) => void,
  started: number,
): Promise<string[]> {
  const url = cluster.url('twincity_faults');
  log(`own PostgreSQL cluster on port ${cluster.port} (${cluster.dir}); ${APPLICANTS} applicants for ${SECONDS} s`);
  await freshMigratedDatabase(url);
  await seed({ ...process.env, DATABASE_URL: url });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: calls } = await client.query<{ id: string }>(`SELECT "id" FROM "Call" WHERE "status" = 'OPEN' LIMIT 1`);
  const callId = calls[0]?.id;
  if (!callId) throw new Error('the demo seed has no open call');
  // Sessions minted in the database: 100 sign-ins from one address would meet the sign-in rate limit.
  const cookies: string[] = [];
  for (let i = 0; i < APPLICANTS; i += 1) {
    const token = randomBytes(24).toString('hex');
    await client.query(
      `WITH u AS (INSERT INTO "User" ("id", "email", "name", "locale", "updatedAt")
         VALUES ($1, $2, $3, $4, now()) RETURNING "id")
       INSERT INTO "Session" ("id", "sessionToken", "userId", "expires") SELECT $5, $6, u."id", now() + interval '1 day' FROM u`,
      [
        `faults-user-${i}`,
        `applicant-${i}@faults.example`,
        `Applicant ${i}`,
        i % 2 ? 'uk' : 'en',
        `faults-session-${i}`,
        token,
      ],
    );
    cookies.push(`next-auth.session-token=${token}`);
  }
  await client.end();

  const received: SunkMail[] = [];
  keepSink(await startSmtpSink(smtpPort, (mail) => received.push(mail)));
  const env = {
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
    NEXTAUTH_SECRET: randomBytes(24).toString('hex'),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    OUTBOX_INTERVAL_MS: '500',
    JOBS_PERIOD_MS: String(JOBS_PERIOD_MS),
    LEASE_MS: String(LEASE_MS),
    DB_POOL_MAX: '10',
    DEMO_MODE: '',
  };
  const jobsFrom = Date.now();
  for (const [k, name] of ['A', 'B'].entries()) {
    instances.push(await startInstance(name, appPort + k, env, cluster.dir));
  }
  log(
    `instances ${instances.map((i) => `${i.name} ${i.url}`).join(', ')} up after ${Math.round((Date.now() - started) / 1000)} s`,
  );

  const save = actionId('saveDraftAction', 'server/actions/applications.ts');
  const invite = actionId('inviteToApplicationAction', 'server/actions/applications.ts');
  const saves: Save[] = [];
  const invites: ActionAnswer[] = [];
  const outages: Outage[] = [];
  const applicationOf = new Map<number, string>();
  const driveUntil = Date.now() + SECONDS * 1000;

  async function applicant(i: number) {
    await sleep(Math.random() * SAVE_EVERY_MS);
    for (let n = 1; Date.now() < driveUntil; n += 1) {
      const instance = instances[(i + n) % instances.length]!;
      const locale = i % 2 ? 'uk' : 'en';
      const answer = await callAction(instance.url, `/${locale}/apply`, save, cookies[i]!, [
        { callId, data: { contactName: `Applicant ${i} save ${n}` } },
      ]);
      const version = answer.result?.ok ? Number(answer.result.data?.version) : undefined;
      if (answer.result?.ok) applicationOf.set(i, String(answer.result.data?.id));
      saves.push({ applicant: i, n, instance: instance.name, answer, version });
      const applicationId = applicationOf.get(i);
      if (applicationId && n % INVITE_EVERY === 0) {
        invites.push(
          await callAction(instance.url, `/${locale}/applications/${applicationId}`, invite, cookies[i]!, [
            { applicationId, kind: 'PARTNER', locale, email: `partner-${i}-${n}@faults.example` },
          ]),
        );
      }
      await sleep(SAVE_EVERY_MS * (0.5 + Math.random()));
    }
  }

  async function outage() {
    await sleep(Math.max(0, (SECONDS * 1000 - DOWN_MS) / 2));
    const killedAt = Date.now();
    await cluster.kill();
    log(`killed PostgreSQL with -9 at ${Math.round((killedAt - started) / 1000)} s`);
    await sleep(DOWN_MS);
    const restartingAt = Date.now();
    cluster.start();
    const upAt = Date.now();
    outages.push({ killedAt, restartingAt, upAt });
    log(
      `PostgreSQL started again after ${Math.round((upAt - killedAt) / 1000)} s (crash recovery ${upAt - restartingAt} ms)`,
    );
  }

  await Promise.all([...Array.from({ length: APPLICANTS }, (_, i) => applicant(i)), outage()]);
  log(`applicants done at ${Math.round((Date.now() - started) / 1000)} s; waiting for the outbox to drain`);

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const queuedIds = async () =>
    (
      await db.query<{ id: string }>(`SELECT "id" FROM "OutboxEmail" WHERE "status" NOT IN ('HELD', 'CAPTURED')`)
    ).rows.map((r) => r.id);
  const idOf = (mail: SunkMail) => /^<([^@>]+)@/.exec(mail.messageId)?.[1] ?? mail.messageId;
  const drainUntil = Date.now() + DRAIN_MS;
  for (;;) {
    const queued = await queuedIds();
    const got = new Set(received.map(idOf));
    const pending = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "status" = 'PENDING'`,
    );
    if ((queued.every((id) => got.has(id)) && pending.rows[0]!.n === 0) || Date.now() > drainUntil) break;
    await sleep(500);
  }

  // ---- checks ----
  const failures: string[] = [];
  const outage0 = outages[0]!;
  const during = (a: ActionAnswer) => a.startedAt >= outage0.killedAt && a.endedAt <= outage0.restartingAt;
  const whileUp = (a: ActionAnswer) => a.endedAt < outage0.killedAt || a.startedAt > outage0.upAt;

  // 1. Every acknowledged save is in the database, at its version or later.
  const acknowledged = saves.filter((s) => s.answer.result?.ok);
  const { rows: drafts } = await db.query<{ applicantId: string; version: number; contactName: string | null }>(
    `SELECT "applicantId", "version", "contactName" FROM "Application" WHERE "callId" = $1 AND "applicantId" LIKE 'faults-user-%'`,
    [callId],
  );
  const versionOf = new Map(drafts.map((d) => [Number(d.applicantId.replace('faults-user-', '')), d.version]));
  const found = acknowledged.filter((s) => (versionOf.get(s.applicant) ?? 0) >= (s.version ?? Infinity));
  if (found.length !== acknowledged.length) {
    failures.push(`${acknowledged.length - found.length} acknowledged saves are not in the database`);
  }

  // 2. Both instances served again, without a restart.
  for (const instance of instances) {
    const after = saves.filter(
      (s) => s.instance === instance.name && s.answer.startedAt > outage0.upAt && s.answer.result?.ok,
    );
    if (instance.child.exitCode !== null)
      failures.push(`instance ${instance.name} exited (${instance.child.exitCode})`);
    if (after.length === 0) failures.push(`instance ${instance.name} acknowledged no save after the restart`);
  }

  // 3. No 500 while the database was up; while it was down, a clear error and never "saved".
  const answers = [...saves.map((s) => s.answer), ...invites];
  const serverErrors = answers.filter((a) => whileUp(a) && (a.status >= 500 || a.result?.code === 'INTERNAL'));
  if (serverErrors.length) {
    failures.push(
      `${serverErrors.length} answers were a server error while the database was up, e.g. ${JSON.stringify(serverErrors[0])}`,
    );
  }
  const down = answers.filter(during);
  const savedWhileDown = down.filter((a) => a.result?.ok);
  const unclear = down.filter((a) => !a.result?.ok && a.result?.code !== 'UNAVAILABLE' && a.status !== 503);
  if (savedWhileDown.length) failures.push(`${savedWhileDown.length} answers said "saved" while the database was down`);
  if (unclear.length) {
    failures.push(
      `${unclear.length} answers while the database was down were no clear error, e.g. ${JSON.stringify(unclear[0])}`,
    );
  }

  // 4. Every queued e-mail reached the sink, duplicates only from e-mails in flight at the kill.
  const queued = await queuedIds();
  const queuedSet = new Set(queued);
  // Copies per outbox id, and when its first copy reached the sink.
  const got = new Map<string, number>();
  const firstAt = new Map<string, number>();
  for (const mail of received) {
    const id = idOf(mail);
    got.set(id, (got.get(id) ?? 0) + 1);
    if (!firstAt.has(id)) firstAt.set(id, mail.receivedAt);
  }
  const missing = queued.filter((id) => !got.has(id));
  const strangers = [...got.keys()].filter((id) => !queuedSet.has(id));
  if (missing.length) failures.push(`${missing.length} queued e-mails never reached the sink`);
  if (strangers.length)
    failures.push(`${strangers.length} e-mails reached the sink that the outbox does not hold as sent`);
  const duplicates = [...got.values()].reduce((sum, n) => sum + n - 1, 0);
  // A copy sent twice is allowed only for an e-mail in flight at the kill: its first copy reached the sink
  // between one lease before the kill and the restart (the SMTP server took it, the database never heard).
  const lateDuplicates = [...got.entries()].filter(([id, n]) => {
    const at = firstAt.get(id)!;
    return n > 1 && (at < outage0.killedAt - LEASE_MS || at > outage0.upAt);
  });
  if (lateDuplicates.length) {
    failures.push(`${lateDuplicates.length} e-mails were sent twice that were not in flight at the kill`);
  }
  // E-mails queued before the kill and delivered after the restart: the outbox kept them through the outage.
  const { rows: carried } = await db.query<{ id: string }>(`SELECT "id" FROM "OutboxEmail" WHERE "createdAt" < $1`, [
    new Date(outage0.killedAt),
  ]);
  const keptThrough = carried.filter((m) => (firstAt.get(m.id) ?? 0) > outage0.upAt).length;
  if (!short && queued.length < 200) failures.push(`only ${queued.length} e-mails were queued (at least 200 expected)`);
  const { rows: failed } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "status" = 'FAILED'`,
  );
  if (failed[0]!.n) failures.push(`${failed[0]!.n} e-mails failed for good`);

  // 5. Each scheduled job ran once per period, for at least three periods.
  const { rows: jobs } = await db.query<{
    name: string;
    runs: number;
    lastRunAt: Date | null;
    lastError: string | null;
  }>(`SELECT "name", "runs", "lastRunAt", "lastError" FROM "ScheduledJobLease"`);
  const jobLines: string[] = [];
  for (const name of Object.values(JOB_NAMES)) {
    const job = jobs.find((j) => j.name === name);
    const runs = job?.runs ?? 0;
    const span = job?.lastRunAt ? job.lastRunAt.getTime() - jobsFrom : 0;
    const most = Math.floor(span / JOBS_PERIOD_MS) + 1;
    jobLines.push(`${name} ${runs} (at most ${most})`);
    if (runs < 3) failures.push(`job ${name} ran ${runs} times, fewer than three periods`);
    if (runs > most)
      failures.push(`job ${name} ran ${runs} times in ${Math.round(span / 1000)} s: more than once a period`);
  }
  await db.end();

  const inviteOk = invites.filter((a) => a.result?.ok).length;
  log('counts:');
  log(
    `  applicants ${APPLICANTS}, instances ${instances.length}, outages ${outages.length} (down ${DOWN_MS / 1000} s)`,
  );
  log(`  saves sent ${saves.length}, acknowledged ${acknowledged.length}, found ${found.length}`);
  log(`  answers while down ${down.length}: said saved ${savedWhileDown.length}, unclear ${unclear.length}`);
  log(`  server errors while up ${serverErrors.length}`);
  log(`  invitations sent ${invites.length}, acknowledged ${inviteOk}`);
  log(`  e-mails queued ${queued.length}, unique received ${got.size - strangers.length}, duplicates ${duplicates}`);
  log(`  e-mails queued before the kill and delivered after the restart ${keptThrough}`);
  log(`  job runs (period ${JOBS_PERIOD_MS} ms): ${jobLines.join(', ')}`);
  return failures;
}

main().catch((error) => {
  console.error(`[faults] ${(error as Error).stack ?? error}`);
  process.exit(1);
});
