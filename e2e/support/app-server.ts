// Starts an app server of a spec's own (scripts/server.mjs on the suite's build), for settings the
// suite's two servers do not have: the default sign-in limits, trusted proxies, an https public URL.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { E2E_PORT, serverEnv } from '../../playwright.config';

export type AppServer = { port: number; url: string; stop: () => Promise<void> };

/** offset: a port of its own above the suite's (E2E_PORT + offset); env overrides, undefined removes. */
export async function startAppServer(offset: number, env: Record<string, string | undefined>): Promise<AppServer> {
  const port = E2E_PORT + offset;
  const merged: Record<string, string | undefined> = { ...serverEnv(port, { DEMO_MODE: '' }), ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const child = spawn(process.execPath, ['scripts/server.mjs'], {
    env: merged as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app server on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`app server on ${port} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { port, url, stop };
}

/**
 * A raw HTTP request from a chosen local address (any of 127.0.0.0/8 reaches the server), so a spec
 * can be a client the server has not seen before, with headers a browser would not let it set.
 */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; localAddress?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        localAddress: opts.localAddress,
        // localhost, as the browser and NEXTAUTH_URL say (server actions compare Origin with Host).
        headers: { host: `localhost:${port}`, ...opts.headers },
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
