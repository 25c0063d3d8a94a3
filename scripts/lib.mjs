import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd, args, env, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit', ...opts });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
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
