import { test as base } from '@playwright/test';
import { test, expect, uniqueEmail } from '../fixtures';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '../../server/db';
import { E2E_PORT, serverEnv } from '../../playwright.config';
import { rawRequest, startAppServer, type AppServer } from '../support/app-server';

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

// A prerendered page, a page rendered per request, a route handler and a static file.
const PATHS = ['/en/call', '/uk', '/en/signin', '/api/health', '/fonts/NotoSans-Regular.woff2'];

test('every response carries the CSP and the Permissions-Policy', async ({ request }) => {
  for (const path of PATHS) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(
      csp
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean),
      path,
    ).toEqual(CSP_DIRECTIVES);
    const permissions = res.headers()['permissions-policy'] ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(permissions, path).toContain(`${feature}=()`);
    }
    expect(res.headers()['x-frame-options'], path).toBe('DENY');
  }
});

test('prerendered pages are still served from the prerender', async ({ request }) => {
  for (const path of ['/en', '/en/call']) {
    const res = await request.get(path);
    expect(res.headers()['x-nextjs-prerender'], path).toBeTruthy();
    expect(res.headers()['content-security-policy'], path).toBeTruthy();
  }
});

function setCookies(headers: { name: string; value: string }[]) {
  return headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
}

test('over http: no HSTS and no Secure cookies', async ({ request }) => {
  const res = await request.get('/api/auth/csrf');
  expect(res.headers()['strict-transport-security']).toBeUndefined();
  const cookies = setCookies(res.headersArray());
  expect(cookies.some((c) => c.startsWith('next-auth.csrf-token='))).toBe(true);
  for (const cookie of cookies) expect(cookie).not.toMatch(/;\s*secure/i);
});

test.describe('with an https public URL', () => {
  let server: AppServer;
  // The server itself listens on http, as behind a TLS-terminating proxy; only NEXTAUTH_URL says https.
  test.beforeAll(async () => {
    server = await startAppServer(4, { NEXTAUTH_URL: `https://localhost:${E2E_PORT + 4}` });
  });
  test.afterAll(async () => server?.stop());

  test('HSTS is sent and the session cookies are Secure', async ({ request }) => {
    const page = await request.get(`${server.url}/en/call`);
    expect(page.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    const res = await request.get(`${server.url}/api/auth/csrf`);
    expect(res.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    const cookies = setCookies(res.headersArray());
    expect(cookies.some((c) => c.startsWith('__Host-next-auth.csrf-token='))).toBe(true);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*secure/i);
  });

  test('the session cookie a sign-in sets is Secure', async () => {
    // A link as server/sign-in-link.ts issues it (next-auth hashes token + secret), spent on the callback.
    const email = uniqueEmail('https-session');
    const token = randomBytes(32).toString('hex');
    const secret = serverEnv(server.port, {}).NEXTAUTH_SECRET;
    await db.verificationToken.create({
      data: {
        identifier: email,
        token: createHash('sha256').update(`${token}${secret}`).digest('hex'),
        expires: new Date(Date.now() + 600_000),
      },
    });
    const query = new URLSearchParams({ token, email, callbackUrl: `https://localhost:${server.port}/en/dashboard` });
    const res = await rawRequest(server.port, { path: `/api/auth/callback/email?${query}` });
    expect(res.status).toBe(302);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('__Secure-next-auth.session-token='));
    expect(session).toMatch(/;\s*secure/i);
    expect(session).toMatch(/;\s*httponly/i);
    await db.user.delete({ where: { email } }).catch(() => {});
  });
});

// The bare Playwright test: this one provokes a violation on purpose, which the fixtures' page would report.
base('the browser refuses a script from another origin', async ({ page }) => {
  await page.goto('/en/call');
  const violated = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
        const script = document.createElement('script');
        script.src = 'https://scripts.example.invalid/steal.js';
        document.head.append(script);
        setTimeout(() => resolve(null), 3_000);
      }),
  );
  expect(violated).toBe('script-src-elem');
});
