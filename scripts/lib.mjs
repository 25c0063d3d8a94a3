import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/**
 * Runs a command to completion, inheriting stdio; rejects on a non-zero exit. With `timeoutMs` the command's
 * whole process group is stopped when it runs longer, and the error says so: a step that hangs fails with its
 * name instead of holding CI until the hard limit.
 */
const groups = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    process.exit(130);
  });
}

export function run(cmd, args, env, { timeoutMs, ...opts } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit', detached: Boolean(timeoutMs), ...opts });
    if (timeoutMs && child.pid) groups.add(child.pid);
    const label = `${cmd.replace(`${ROOT}node_modules/.bin/`, '')} ${args.join(' ')}`;
    let timedOut = false;
    const timer =
      timeoutMs &&
      setTimeout(() => {
        timedOut = true;
        console.error(`\n[run] ${label} is still running after ${Math.round(timeoutMs / 60000)} min: stopping it`);
        killGroup(child.pid, 'SIGTERM');
        setTimeout(() => killGroup(child.pid, 'SIGKILL'), 10_000).unref();
      }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      groups.delete(child.pid);
      if (timer) clearTimeout(timer);
      if (timedOut) reject(new Error(`${label} timed out after ${Math.round(timeoutMs / 60000)} min`));
      else if (code === 0) resolve();
      else reject(new Error(`${label} exited with ${code ?? signal}`));
    });
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Whether nothing listens on a TCP port of 127.0.0.1 (and of every address). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The first port from `start` on (stepping by `step`) for which every offset in `offsets` is free. */
export async function freePorts(start, offsets, step = 10) {
  for (let base = start; base < start + 2000; base += step) {
    const free = await Promise.all(offsets.map((offset) => portIsFree(base + offset)));
    if (free.every(Boolean)) return base;
  }
  throw new Error(`no free ports from ${start} on`);
}

export function prismaMigrateDeploy(env) {
  return run(bin('prisma'), ['migrate', 'deploy'], env);
}

export function seed(env) {
  // react-server lets the seed import server/ modules (they start with `import 'server-only'`).
  return run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'], env);
}
const SOURCE_DIRS = ['app', 'components', 'lib', 'server', 'i18n', 'messages', 'public'];
const SOURCE_FILES = ['next.config.ts', 'proxy.ts', 'package.json', 'postcss.config.mjs', 'tsconfig.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'generated' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** A build is needed when there is none or any source file is newer than it. */
export function buildIsStale() {
  const buildId = join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((p) => newestMtime(join(ROOT, p)) > built);
}

/**
 * Drops the kept results of cached reads (`unstable_cache`, server/cache/library.ts). They outlive a build on
 * purpose, so a server started on a fresh database would first serve the library of the one before; the
 * suite and the bench seed a database of their own, so they start without them.
 */
export function clearDataCache() {
  rmSync(join(ROOT, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
}
