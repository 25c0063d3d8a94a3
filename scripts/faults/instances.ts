// App instances for the fault test: the production build served through scripts/server.mjs, as `npm start`
// and a deployment serve it, each its own process on its own port, all on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib.mjs';

export type Instance = {
  name: string;
  url: string;
  child: ChildProcess;
  log: string;
  tail: (lines?: number) => string;
};

export async function startInstance(
  name: string,
  port: number,
  env: Record<string, string>,
  logDir: string,
): Promise<Instance> {
  const log = join(logDir, `app-${name}.log`);
  const out = createWriteStream(log);
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'server.mjs')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: '',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  const tail = (lines = 30) => readFileSync(log, 'utf8').split('\n').slice(-lines).join('\n');
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${name} exited with ${child.exitCode}:\n${tail()}`);
    const up = await fetch(`${url}/en/call`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`instance ${name} did not answer within 120 s:\n${tail()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { name, url, child, log, tail };
}
