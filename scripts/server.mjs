#!/usr/bin/env node
// Serves the production build (`next build` first) the way `next start` does, with one difference:
// before Next sees a request, X-Forwarded-For is rewritten to the one client address this process
// believes (scripts/client-address.mjs), so nothing downstream can be fooled by a header a client set.
// `next start` passes a client's X-Forwarded-For through untouched and fills it from the socket only
// when it is missing. Used by `npm start`, the e2e suite and anyone deploying (docs/deploy.md).
//
// PORT (3000), HOST (all interfaces), TRUSTED_PROXY_COUNT (0), NEXTAUTH_URL (https → HSTS).
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { clientAddress, trustedProxyCount } from './client-address.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Two years, the HSTS preload list's minimum; sent only when the public URL is https.
const HSTS = 'max-age=63072000; includeSubDomains';

/** Starts the server; resolves once it listens. Reads its settings from the environment at run time. */
export async function startServer({
  port = Number(process.env.PORT ?? 3000),
  host = process.env.HOST || undefined,
  trustedProxies = trustedProxyCount(),
  isHttps = (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
  // The app to serve: this repository's, or another build served the same way (the bench's baseline).
  dir = ROOT,
} = {}) {
  process.env.NODE_ENV ??= 'production';
  // Imported here, after NODE_ENV is set: Next reads it when it loads.
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: host ?? 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    req.headers['x-forwarded-for'] = clientAddress({
      forwardedFor: req.headers['x-forwarded-for'],
      remoteAddress: req.socket.remoteAddress,
      trustedProxies,
    });
    // Only a proxy of ours may say which host and scheme the visitor used; without one, Next fills
    // these from the connection itself.
    if (trustedProxies === 0) {
      delete req.headers['x-forwarded-host'];
      delete req.headers['x-forwarded-proto'];
      delete req.headers['x-forwarded-port'];
    }
    delete req.headers['x-real-ip'];
    // Decided here, not in next.config.ts: headers there are fixed when the app is built.
    if (isHttps) res.setHeader('Strict-Transport-Security', HSTS);
    handle(req, res).catch((error) => {
      console.error('[server]', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await app.close?.();
  };
  return { server, close };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  startServer()
    .then(({ close }) => {
      const { port, host = 'localhost' } = { port: process.env.PORT ?? 3000, host: process.env.HOST };
      const proxies = trustedProxyCount();
      console.log(
        `[server] listening on http://${host}:${port} (${proxies} trusted prox${proxies === 1 ? 'y' : 'ies'})`,
      );
      const stop = () => {
        // Open keep-alive connections would hold close() up; give them a moment, then go.
        setTimeout(() => process.exit(0), 3_000).unref();
        close().finally(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((error) => {
      console.error(`[server] ${error.message}`);
      process.exit(1);
    });
}
